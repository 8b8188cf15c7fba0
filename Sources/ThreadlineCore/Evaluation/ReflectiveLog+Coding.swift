extension ReflectiveLog {
    /// The Markdown coders code: the three questions as headings with their answers below, as the log page shows
    /// them. It is rendered for coding like any Markdown source, so a passage's position means the same on the
    /// coding page, in an export and in a REFI-QDA project.
    public var codableBody: String {
        [("What?", what), ("So what?", soWhat), ("Now what?", nowWhat)]
            .filter { !$0.1.isEmpty }
            .map { "## \($0.0)\n\n\($0.1)" }
            .joined(separator: "\n\n")
    }
}
