import ArgumentParser
import Foundation
import ThreadlineStore

/// `threadline backup --out FILE`: the database and the recordings, as one checked file.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Back up a SQLite hub: its database and its recordings, in one zip file.",
        discussion: """
            Safe while the server runs: the database is copied from one consistent snapshot (SQLite's \
            VACUUM INTO). The zip holds threadline.sqlite, media/ and manifest.json, which lists the SHA-256 of \
            every file so `threadline restore` can check them. PostgreSQL databases are backed up with pg_dump.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Where to write the backup (a zip file); replaced only once the new one is complete.")
    var out: String

    @OptionGroup var mediaOptions: MediaOptions

    func run() async throws {
        let text = database.text()
        if let advice = PostgresBackupAdvice(databaseText: text) {
            throw CommandFailure(advice.backupMessage)
        }
        guard case .sqliteFile(let path) = try database.resolved() else {
            throw CommandFailure("An in-memory database lives only inside one process; there is nothing to back up.")
        }
        // Opening the store would make an empty database, and back that up, when the path has a typing mistake.
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("There is no database at \(path); nothing was backed up.")
        }
        let media = mediaOptions.resolvedPath
        let store = try await database.openStore(logger: .command())
        let manifest = try await store.closing {
            do {
                return try await BackupWriter(mediaPath: media).write(
                    store: store, to: URL(fileURLWithPath: out), now: Date())
            } catch let error as BackupError {
                throw CommandFailure("No backup was written. \(error)")
            } catch let error as StoreError {
                throw CommandFailure("No backup was written. \(error)")
            }
        }
        let bytes = manifest.media.reduce(manifest.database.size) { $0 + $1.size }
        let count = manifest.media.count
        print(
            "Backed up to \(out): the database (schema version \(manifest.schemaVersion)) and \(count) "
                + "recording\(count == 1 ? "" : "s"), \(bytes) bytes before compression.")
    }
}
