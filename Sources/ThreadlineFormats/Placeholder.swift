public enum ThreadlineFormatsPlaceholder {}
