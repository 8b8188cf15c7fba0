extension SchemaMigrations {
    /// The speaker labels an editor has marked safe to show under anonymised consent, per testimony (see
    /// `TranscriptPrivacy`). A label not listed here, nor on the standard list, is never shown to the public of an
    /// anonymised testimony. Deleting the testimony removes its rows.
    static let safeSpeakerLabels = SchemaMigration(
        version: 14,
        name: "safe speaker labels",
        statements: [
            """
            CREATE TABLE transcript_safe_labels (
                testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                label TEXT NOT NULL,
                PRIMARY KEY (testimony_id, position)
            )
            """
        ]
    )
}
