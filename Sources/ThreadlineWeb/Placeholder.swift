public enum ThreadlineWebPlaceholder {}
