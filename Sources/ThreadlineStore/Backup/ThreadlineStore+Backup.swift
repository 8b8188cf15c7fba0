import Foundation
import SQLKit

extension ThreadlineStore {
    /// Writes a consistent copy of the database into a new file at `path`, while other connections go on writing.
    ///
    /// SQLite's `VACUUM INTO` reads one snapshot on a reader connection, so the copy holds every transaction
    /// committed before it began and none after, and writers are never held up (the database is in WAL mode).
    ///
    /// - Parameter path: Where to write the copy; the file must not exist yet.
    /// - Returns: The copy's schema version.
    /// - Throws: ``StoreError/badConfiguration(_:)`` for a path SQLite cannot take or a file already there.
    public func copyDatabase(to path: String) async throws -> Int {
        guard database.engine == .sqlite else {
            throw StoreError.badConfiguration(
                "Only a SQLite database can be copied this way; back up PostgreSQL with pg_dump.")
        }
        // SQLite stops a C string at NUL, so such a path would name a different file from the one asked for.
        guard !path.isEmpty, !path.contains("\0") else {
            throw StoreError.badConfiguration("The backup path \"\(path)\" is empty or contains a NUL character.")
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.badConfiguration("Cannot copy the database to \(path): a file is already there.")
        }
        return try await database.read { sql in
            // Migrations run only when a store opens, so the version read here is the one the copy carries.
            let version =
                try await sql.raw("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations")
                .first(decodingColumn: "version", as: Int.self) ?? 0
            // VACUUM INTO takes any expression for its file name, so the path is bound, never spliced into SQL.
            try await sql.raw("VACUUM INTO \(bind: path)").run()
            return version
        }
    }

    /// The newest database schema version this build of Threadline knows.
    public static var latestSchemaVersion: Int { Migrator.latestVersion }
}
