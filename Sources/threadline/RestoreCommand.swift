import ArgumentParser
import Foundation
import ThreadlineFormats
import ThreadlineStore

/// `threadline restore FILE`: a backup's database and recordings, put back after every hash is checked.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup made by `threadline backup` into a SQLite database and media folder.",
        discussion: """
            Every file's SHA-256 is checked against the backup's manifest before anything is written; a damaged \
            backup is refused, naming the file, and nothing changes. An existing database or non-empty media \
            folder is replaced only with --force: stop the server first.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The backup file.")
    var file: String

    @OptionGroup(title: "Where to restore the recordings") var mediaOptions: MediaOptions

    @Flag(help: "Overwrite an existing database and write into a non-empty media folder.")
    var force = false

    func run() async throws {
        let text = database.text(usingDemo: false)
        if let advice = PostgresBackupAdvice(databaseText: text) {
            throw CommandFailure(advice.restoreMessage)
        }
        guard case .sqliteFile(let path) = try database.resolved(usingDemo: false) else {
            throw CommandFailure("Restore into a database file (--db sqlite:///path), not an in-memory database.")
        }
        let media = mediaOptions.resolvedPath
        let restorer = BackupRestorer(databasePath: path, mediaPath: media, force: force)
        let manifest: BackupManifest
        do {
            manifest = try restorer.restore(from: URL(fileURLWithPath: file))
        } catch let error as BackupError {
            throw CommandFailure(error.description)
        } catch let error as BackupArchiveError {
            throw CommandFailure("\(error) Nothing was restored.")
        }
        let count = manifest.media.count
        print(
            "Restored the backup of \(manifest.createdAt) to \(path) and \(count) "
                + "recording\(count == 1 ? "" : "s") to \(media).")
    }
}
