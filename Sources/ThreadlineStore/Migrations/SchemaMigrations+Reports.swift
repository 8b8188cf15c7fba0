extension SchemaMigrations {
    /// Learning reports, their sections, every published version, and what the latest version of each cites
    /// (the source of "cited in" links).
    static let reports = SchemaMigration(
        version: 5,
        name: "reports, sections, published versions and citations",
        statements: contentTable(
            "reports",
            columns: [
                "title TEXT NOT NULL", "period_start TEXT", "period_end TEXT", "authors TEXT NOT NULL",
                "summary TEXT NOT NULL",
            ]
        )
            + contentTable(
                "report_sections",
                columns: [
                    "report_id TEXT REFERENCES reports(id) ON DELETE CASCADE", "position BIGINT NOT NULL",
                    "title TEXT NOT NULL",
                    "learning_area_id TEXT REFERENCES learning_areas(id) ON DELETE SET NULL",
                    "body TEXT NOT NULL", "questions TEXT NOT NULL",
                ],
                slugged: false
            )
            + [
                "CREATE INDEX report_sections_report ON report_sections (report_id, position)",
                """
                CREATE TABLE report_versions (
                    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    published_at DOUBLE PRECISION NOT NULL,
                    published_by TEXT REFERENCES users(id) ON DELETE SET NULL,
                    snapshot TEXT NOT NULL,
                    PRIMARY KEY (report_id, number)
                )
                """,
                """
                CREATE TABLE report_citations (
                    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    report_title TEXT NOT NULL,
                    section_id TEXT NOT NULL,
                    section_title TEXT NOT NULL,
                    section_anchor TEXT NOT NULL,
                    target_kind TEXT NOT NULL,
                    target_key TEXT NOT NULL,
                    PRIMARY KEY (report_id, position)
                )
                """,
                "CREATE INDEX report_citations_target ON report_citations (target_kind, target_key)",
            ]
    )
}
