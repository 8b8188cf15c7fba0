extension SchemaMigrations {
    /// Places name the eras of their journey.
    static let placeEras = SchemaMigration(
        version: 8,
        name: "eras of a place's journey",
        statements: ["ALTER TABLE places ADD COLUMN eras TEXT NOT NULL DEFAULT '[]'"]
    )
}
