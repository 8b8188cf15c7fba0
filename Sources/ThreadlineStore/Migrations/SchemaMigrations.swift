/// Every schema step, oldest first. Append only.
enum SchemaMigrations {
    static let all: [SchemaMigration] = [
        initialContent, contentVersion, testimony, search, reports, coding, milestoneKinds, placeEras,
        evaluation,
        maturitySurveys,
        networkSurveys,
        auditTrail,
        userPlaces,
        safeSpeakerLabels,
        publishedReportSections,
        documents,
        codingsAsTheTextReads,
        annotations,
        cases,
    ]

    /// The columns every content table has: its ID, bookkeeping, and publication state.
    static func contentTable(_ name: String, columns: [String], slugged: Bool = true) -> [String] {
        var definitions = ["id TEXT PRIMARY KEY NOT NULL"]
        if slugged { definitions.append("slug TEXT NOT NULL UNIQUE") }
        definitions += columns
        definitions += [
            "status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published'))",
            "author_id TEXT REFERENCES users(id) ON DELETE SET NULL",
            "created_at DOUBLE PRECISION NOT NULL",
            "updated_at DOUBLE PRECISION NOT NULL",
            "published_at DOUBLE PRECISION",
        ]
        var statements = ["CREATE TABLE \(name) (\n    " + definitions.joined(separator: ",\n    ") + "\n)"]
        statements.append("CREATE INDEX \(name)_status ON \(name) (status)")
        return statements
    }
}
