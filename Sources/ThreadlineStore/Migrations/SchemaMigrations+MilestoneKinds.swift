extension SchemaMigrations {
    /// Milestones say what kind of step they mark and which other enablers they evidence (for journey infographics).
    static let milestoneKinds = SchemaMigration(
        version: 7,
        name: "milestone kinds and further enablers",
        statements: [
            "ALTER TABLE milestones ADD COLUMN kind TEXT",
            "ALTER TABLE milestones ADD COLUMN other_enabler_ids TEXT NOT NULL DEFAULT '[]'",
        ]
    )
}
