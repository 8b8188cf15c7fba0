extension SchemaMigrations {
    /// Partnership network surveys: waves (for a place, or the programme when `place_id` is NULL), their member
    /// organisations, one link per member stored as a hash, and the directed ties with their 1–4 answers. The
    /// checks repeat the store's own so that no other writer can leave a tie the metrics cannot read.
    static let networkSurveys = SchemaMigration(
        version: 11,
        name: "network surveys",
        statements: [
            """
            CREATE TABLE network_waves (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL UNIQUE,
                place_id TEXT REFERENCES places(id) ON DELETE CASCADE,
                period TEXT NOT NULL,
                closes_on TEXT,
                created_at DOUBLE PRECISION NOT NULL,
                created_by TEXT REFERENCES users(id) ON DELETE SET NULL
            )
            """,
            """
            CREATE TABLE network_members (
                wave_id TEXT NOT NULL REFERENCES network_waves(id) ON DELETE CASCADE,
                member_key TEXT NOT NULL,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                sector TEXT NOT NULL,
                kind TEXT NOT NULL,
                responded_at DOUBLE PRECISION,
                response_origin TEXT CHECK (response_origin IN ('form', 'import')),
                PRIMARY KEY (wave_id, member_key)
            )
            """,
            """
            CREATE TABLE network_ties (
                wave_id TEXT NOT NULL,
                from_key TEXT NOT NULL,
                to_key TEXT NOT NULL,
                frequency INTEGER CHECK (frequency BETWEEN 1 AND 4),
                reliability INTEGER CHECK (reliability BETWEEN 1 AND 4),
                mission INTEGER CHECK (mission BETWEEN 1 AND 4),
                openness INTEGER CHECK (openness BETWEEN 1 AND 4),
                power INTEGER CHECK (power BETWEEN 1 AND 4),
                involvement INTEGER CHECK (involvement BETWEEN 1 AND 4),
                resources INTEGER CHECK (resources BETWEEN 1 AND 4),
                PRIMARY KEY (wave_id, from_key, to_key),
                CHECK (from_key <> to_key),
                FOREIGN KEY (wave_id, from_key) REFERENCES network_members(wave_id, member_key) ON DELETE CASCADE,
                FOREIGN KEY (wave_id, to_key) REFERENCES network_members(wave_id, member_key) ON DELETE CASCADE
            )
            """,
            """
            CREATE TABLE network_links (
                token_hash TEXT PRIMARY KEY NOT NULL,
                wave_id TEXT NOT NULL,
                member_key TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                used_at DOUBLE PRECISION,
                uses INTEGER NOT NULL DEFAULT 0,
                FOREIGN KEY (wave_id, member_key) REFERENCES network_members(wave_id, member_key) ON DELETE CASCADE
            )
            """,
            // The primary key serves look-ups by `from`; ties *to* a member need their own index, or deleting a member
            // (its ties go with it) reads every tie.
            "CREATE INDEX network_ties_to ON network_ties (wave_id, to_key)",
            "CREATE INDEX network_links_member ON network_links (wave_id, member_key)",
        ]
    )
}
