extension ReflectiveLog {
    /// The text coders code: the three questions as headings with their answers, as the log page shows them, so a
    /// passage's position means the same on the coding page, in an export and in a REFI-QDA project.
    public var codableBody: String {
        [("What?", what), ("So what?", soWhat), ("Now what?", nowWhat)]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0)\n\($0.1)" }
            .joined(separator: "\n\n")
    }
}
