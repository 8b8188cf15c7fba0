import Foundation
import SQLKit

/// Brings a database's schema up to the newest version, one numbered step at a time, at start-up.
struct Migrator {
    let database: Database

    /// The newest schema version this build knows.
    static var latestVersion: Int { SchemaMigrations.all.map(\.version).max() ?? 0 }

    /// What the PostgreSQL advisory lock that serialises migrations is named after (with the schema's name).
    static let lockName = "threadline schema migrations in "

    /// Applies every step newer than the database's version, all in one write transaction.
    ///
    /// One transaction (begun IMMEDIATE, so it holds SQLite's write lock; on PostgreSQL, holding an advisory lock)
    /// means two processes starting on the same new database cannot both apply step 1: the second waits, then
    /// finds the schema current.
    func migrate() async throws {
        let engine = database.engine
        try await database.write { sql in
            if engine == .postgres {
                // PostgreSQL's BEGIN takes no lock, so two processes migrating one schema at once queue here
                // instead, until the first commits. The key is per schema, so databases in other schemas (each
                // test's own) migrate side by side.
                try await sql.raw(
                    """
                    SELECT pg_advisory_xact_lock(hashtext(\(bind: Self.lockName) || COALESCE(current_schema(), '')))
                    """
                ).run()
            }
            try await sql.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    applied_at DOUBLE PRECISION NOT NULL
                )
                """
            ).run()
            let current =
                try await sql.raw("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations")
                .first(decodingColumn: "version", as: Int.self) ?? 0
            if current > Self.latestVersion {
                throw StoreError.schemaTooNew(found: current, known: Self.latestVersion)
            }
            // Every step not yet recorded, not only those above the newest: a database made by a build that had a
            // later step but not an earlier one (steps written side by side) still gets the earlier one.
            let applied = Set(
                try await sql.raw("SELECT version FROM schema_migrations").all(decodingColumn: "version", as: Int.self))
            for step in SchemaMigrations.all where !applied.contains(step.version) {
                for statement in step.statements(for: engine) {
                    try await sql.raw(SQLQueryString(statement)).run()
                }
                try await step.afterwards?(sql)
                try await sql.raw(
                    """
                    INSERT INTO schema_migrations (version, name, applied_at) \
                    VALUES (\(bind: step.version), \(bind: step.name), \(bind: Date().timeIntervalSince1970))
                    """
                ).run()
            }
        }
    }
}
