public enum ThreadlineStorePlaceholder {}
