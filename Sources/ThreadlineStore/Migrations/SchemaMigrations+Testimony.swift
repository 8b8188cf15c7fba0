extension SchemaMigrations {
    /// Testimony with its consent, clips, transcript cues, and the register of stored recordings.
    static let testimony = SchemaMigration(
        version: 3,
        name: "testimony, consent, transcripts, clips and media files",
        statements: [
            """
            CREATE TABLE media_files (
                sha256 TEXT PRIMARY KEY NOT NULL,
                media_type TEXT NOT NULL,
                bytes BIGINT NOT NULL,
                duration_ms BIGINT,
                created_at DOUBLE PRECISION NOT NULL
            )
            """
        ]
            + contentTable(
                "testimonies",
                columns: [
                    "title TEXT NOT NULL", "summary TEXT NOT NULL", "speaker_name TEXT NOT NULL",
                    "speaker_role TEXT NOT NULL",
                    "place_id TEXT REFERENCES places(id) ON DELETE SET NULL",
                    "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL",
                    "recorded_on TEXT", "consent_given_by TEXT NOT NULL", "consent_given_on TEXT",
                    "consent_scope TEXT NOT NULL CHECK (consent_scope IN ('internal', 'public_anonymised', 'public_named'))",
                    "consent_expires_on TEXT", "consent_withdrawn_on TEXT", "consent_withdrawal_note TEXT NOT NULL",
                    "duration_ms BIGINT", "duration_source TEXT",
                    "media_sha256 TEXT", "media_type TEXT", "media_bytes BIGINT",
                    "media_name TEXT",
                ],
                slugged: false
            )
            + contentTable(
                "clips",
                columns: [
                    "testimony_id TEXT REFERENCES testimonies(id) ON DELETE CASCADE", "title TEXT NOT NULL",
                    "start_ms BIGINT NOT NULL", "end_ms BIGINT NOT NULL", "note TEXT NOT NULL",
                ],
                slugged: false
            )
            + [
                """
                CREATE TABLE transcript_cues (
                    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    start_ms BIGINT NOT NULL,
                    end_ms BIGINT NOT NULL,
                    speaker TEXT,
                    text TEXT NOT NULL,
                    PRIMARY KEY (testimony_id, position)
                )
                """,
                "CREATE INDEX testimonies_place ON testimonies (place_id)",
                "CREATE INDEX testimonies_enabler ON testimonies (enabler_id)",
                "CREATE INDEX clips_testimony ON clips (testimony_id)",
            ]
    )
}
