extension SchemaMigrations {
    /// Documents to code (uploaded .docx, .odt, .pdf, .txt and .md files, and other tools' text sources): their
    /// extracted text and its layout, and the original file's name, hash and size. Never published, so the status
    /// column only ever holds "draft"; the original's bytes live in the media folder under their SHA-256.
    static let documents = SchemaMigration(
        version: 16,
        name: "documents",
        statements: contentTable(
            "documents",
            columns: [
                "title TEXT NOT NULL", "summary TEXT NOT NULL",
                "place_id TEXT REFERENCES places(id) ON DELETE SET NULL",
                "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL", "date TEXT", "origin TEXT NOT NULL",
                "text TEXT NOT NULL", "blocks TEXT NOT NULL", "file_name TEXT", "file_sha256 TEXT", "file_bytes BIGINT",
                "format TEXT NOT NULL",
            ],
            slugged: false
        ) + ["CREATE INDEX documents_place ON documents (place_id)"]
    )
}
