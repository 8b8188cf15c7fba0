/// One numbered, append-only step of the database schema. Never edit a released step: add a new one.
struct SchemaMigration: Sendable {
    /// The schema version this step produces.
    var version: Int
    /// What it does, recorded in `schema_migrations`.
    var name: String
    /// The statements, run in order inside one transaction. Types are the portable subset shared by
    /// SQLite and PostgreSQL (TEXT, INTEGER, DOUBLE PRECISION), so the same steps serve both engines.
    var statements: [String]
}
