public enum ThreadlineMarkdownPlaceholder {}
