public enum ThreadlineTestSupportPlaceholder {}
