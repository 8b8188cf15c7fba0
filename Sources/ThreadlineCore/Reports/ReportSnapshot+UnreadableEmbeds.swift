extension ReportSnapshot {
    /// Every embed in the snapshot's sections that cannot be read, each named by its section
    /// (`sections[2].body`, "Trust: Line 4: …"): what publishing refuses, through the workspace and the API alike.
    public var unreadableEmbeds: [FieldProblem] {
        sections.flatMap { section in
            ReportBody(section.body).problems.map {
                FieldProblem(
                    field: "sections[\(section.position)].body", message: "\(section.title): \($0.description)")
            }
        }
    }
}
