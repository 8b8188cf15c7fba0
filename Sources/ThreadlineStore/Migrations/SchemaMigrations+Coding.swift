extension SchemaMigrations {
    /// The codebook, the people who code, and their codings of stories, case studies and transcripts.
    /// A coding names its source by kind and ID (it may be any codable kind), so the store removes a source's
    /// codings itself when the source is deleted.
    static let coding = SchemaMigration(
        version: 6,
        name: "codebook, coders and codings",
        statements: [
            """
            CREATE TABLE coders (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                user_id TEXT REFERENCES users(id) ON DELETE SET NULL
            )
            """,
            """
            CREATE TABLE codes (
                id TEXT PRIMARY KEY NOT NULL,
                parent_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                colour TEXT NOT NULL,
                enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL,
                memo TEXT NOT NULL,
                position INTEGER NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                updated_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX codes_parent ON codes (parent_id, position)",
            """
            CREATE TABLE codings (
                id TEXT PRIMARY KEY NOT NULL,
                code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                coder_id TEXT NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
                start_offset BIGINT NOT NULL,
                end_offset BIGINT NOT NULL,
                start_ms BIGINT,
                end_ms BIGINT,
                excerpt TEXT NOT NULL,
                memo TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX codings_source ON codings (source_kind, source_id, start_offset)",
            "CREATE INDEX codings_code ON codings (code_id)",
            // The original document of an imported source (a .docx or PDF whose text is what is coded), kept so a
            // later REFI-QDA export can hand it back; the bytes live in the media folder under their SHA-256.
            """
            CREATE TABLE source_files (
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                bytes BIGINT NOT NULL,
                PRIMARY KEY (source_kind, source_id)
            )
            """,
        ]
    )
}
