import SQLKit

/// One numbered, append-only step of the database schema. Never edit a released step: add a new one.
struct SchemaMigration: Sendable {
    /// The schema version this step produces.
    var version: Int
    /// What it does, recorded in `schema_migrations`.
    var name: String
    /// The statements, run in order inside one transaction. Types are the portable subset shared by
    /// SQLite and PostgreSQL (TEXT, INTEGER, DOUBLE PRECISION), so the same steps serve both engines.
    var statements: [String]
    /// PostgreSQL's statements instead of `statements`, for the rare step that needs SQLite-only features
    /// (FTS5 and its triggers); `nil` when both engines run `statements`.
    var postgresStatements: [String]? = nil
    /// Work on the data that SQL alone cannot do (text rendered by Swift code), run after the statements in the
    /// same transaction; `nil` for most steps.
    var afterwards: (@Sendable (any SQLDatabase) async throws -> Void)? = nil

    /// The statements `engine` runs for this step.
    func statements(for engine: DatabaseEngine) -> [String] {
        switch engine {
        case .sqlite: statements
        case .postgres: postgresStatements ?? statements
        }
    }
}
