extension SchemaMigrations {
    /// A counter bumped by every content write, so that each process can tell when its cached public pages are
    /// out of date without re-reading the content.
    static let contentVersion = SchemaMigration(
        version: 2,
        name: "content version counter for page caches",
        statements: [
            "CREATE TABLE content_version (id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1), version INTEGER NOT NULL)",
            "INSERT INTO content_version (id, version) VALUES (1, 0)",
        ]
    )
}
