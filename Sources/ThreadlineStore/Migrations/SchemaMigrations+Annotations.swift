extension SchemaMigrations {
    /// Notes on passages that code nothing. Like codings they name their source by kind and ID, so the store
    /// removes a source's notes itself when the source is deleted.
    static let annotations = SchemaMigration(
        version: 18,
        name: "annotations",
        statements: [
            """
            CREATE TABLE annotations (
                id TEXT PRIMARY KEY NOT NULL,
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                coder_id TEXT NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
                start_offset BIGINT NOT NULL,
                end_offset BIGINT NOT NULL,
                excerpt TEXT NOT NULL,
                note TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX annotations_source ON annotations (source_kind, source_id, start_offset)",
        ]
    )
}
