extension SchemaMigrations {
    /// Cases, the attributes defined for them, their values, and which sources (or stretches of sources) belong to
    /// each. Memberships name their source by kind and ID like codings do, so the store removes them itself when
    /// the source is deleted.
    static let cases = SchemaMigration(
        version: 19,
        name: "cases",
        statements: [
            """
            CREATE TABLE case_attributes (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'list')),
                choices TEXT NOT NULL,
                position BIGINT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL
            )
            """,
            """
            CREATE TABLE cases (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                description TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                updated_at DOUBLE PRECISION NOT NULL
            )
            """,
            """
            CREATE TABLE case_values (
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                attribute_id TEXT NOT NULL REFERENCES case_attributes(id) ON DELETE CASCADE,
                value TEXT NOT NULL,
                PRIMARY KEY (case_id, attribute_id)
            )
            """,
            "CREATE INDEX case_values_attribute ON case_values (attribute_id, value)",
            """
            CREATE TABLE case_sources (
                id TEXT PRIMARY KEY NOT NULL,
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                start_offset BIGINT,
                end_offset BIGINT,
                created_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX case_sources_case ON case_sources (case_id)",
            "CREATE INDEX case_sources_source ON case_sources (source_kind, source_id)",
        ]
    )
}
