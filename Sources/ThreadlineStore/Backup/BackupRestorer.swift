public import Foundation
public import ThreadlineFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a backup made by ``BackupWriter`` back: the database file and the recordings.
///
/// Every hash in the manifest is checked before anything is written, so a damaged or altered backup changes
/// nothing. Each file is then written beside its destination, checked again, and moved into place; the database
/// goes last, so a hub never starts on a restored database whose recordings are not there yet.
public struct BackupRestorer: Sendable {
    /// The SQLite file to write.
    public var databasePath: String
    /// The folder to write the recordings into.
    public var mediaPath: String
    /// Whether an existing, non-empty database or media folder may be overwritten.
    public var force: Bool

    public init(databasePath: String, mediaPath: String, force: Bool) {
        self.databasePath = databasePath
        self.mediaPath = mediaPath
        self.force = force
    }

    /// Checks the backup at `source` and restores it.
    ///
    /// - Returns: The backup's manifest.
    /// - Throws: ``BackupError`` (or ``BackupArchiveError``) naming the file at fault; if it comes before the
    ///   writing starts, nothing was changed.
    public func restore(from source: URL) throws -> BackupManifest {
        let archive = try BackupArchive(reading: source)
        let manifest = try archive.manifest()
        guard manifest.schemaVersion <= ThreadlineStore.latestSchemaVersion else {
            throw BackupError(
                "The backup's database has schema version \(manifest.schemaVersion), but this Threadline knows only "
                    + "up to \(ThreadlineStore.latestSchemaVersion). Restore it with a newer Threadline.")
        }
        for file in [manifest.database] + manifest.media {
            var digest = FileDigest()
            try archive.read(file.path) { digest.update($0) }
            try Self.check(digest, against: file, in: source)
        }
        try checkTargets()

        let mediaRoot = URL(fileURLWithPath: mediaPath, isDirectory: true)
        for file in manifest.media {
            let relative = String(file.path.dropFirst(BackupArchive.mediaFolder.count))
            let destination = mediaRoot.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.extract(file, from: archive, source: source, to: destination)
        }
        let database = URL(fileURLWithPath: databasePath)
        try Self.extract(manifest.database, from: archive, source: source, to: database) {
            // A write-ahead log left by the old database would be replayed onto the new file and corrupt it.
            for suffix in ["-wal", "-shm"] {
                let path = database.path + suffix
                if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            }
        }
        return manifest
    }

    /// Refuses, unless forced, to overwrite a database or media folder that holds anything.
    private func checkTargets() throws {
        let manager = FileManager.default
        let folder = (databasePath as NSString).deletingLastPathComponent
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            throw BackupError("The folder \(folder) for the database does not exist. Nothing was restored.")
        }
        guard !force else { return }
        let size = (try? manager.attributesOfItem(atPath: databasePath)[.size] as? Int) ?? 0
        if size > 0 || manager.fileExists(atPath: databasePath + "-wal") {
            throw BackupError(
                "The database \(databasePath) already exists. Nothing was restored; "
                    + "pass --force to replace it (stop the server first).")
        }
        let entries = (try? manager.contentsOfDirectory(atPath: mediaPath)) ?? []
        if entries.contains(where: { !$0.hasPrefix(".") }) {
            throw BackupError(
                "The media folder \(mediaPath) is not empty. Nothing was restored; pass --force to write into it.")
        }
    }

    /// Writes one file of the backup beside `destination`, checks its hash again, and moves it into place.
    private static func extract(
        _ file: BackupManifest.File, from archive: BackupArchive, source: URL, to destination: URL,
        beforeMove: () throws -> Void = {}
    ) throws {
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).restore")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw BackupError("Could not create \(temporary.path) to restore \(file.path) into.")
        }
        var moved = false
        defer { if !moved { try? FileManager.default.removeItem(at: temporary) } }
        let handle = try FileHandle(forWritingTo: temporary)
        var digest = FileDigest()
        do {
            try archive.read(file.path) { chunk in
                digest.update(chunk)
                try handle.write(contentsOf: chunk)
            }
            // On disk before the rename, so a crash never leaves a renamed file whose bytes were not written.
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        // Checked again as written: the backup file could have changed since the first pass.
        try check(digest, against: file, in: source)
        try beforeMove()
        guard rename(temporary.path, destination.path) == 0 else {
            throw BackupError(
                "Could not move \(file.path) into place at \(destination.path): \(String(cString: strerror(errno))).")
        }
        moved = true
    }

    private static func check(_ digest: FileDigest, against file: BackupManifest.File, in source: URL) throws {
        let hex = digest.hex()
        guard digest.size == file.size, hex == file.sha256 else {
            throw BackupError(
                "\(file.path) in the backup \(source.path) does not match its manifest (SHA-256 \(hex), "
                    + "\(digest.size) bytes; expected \(file.sha256), \(file.size) bytes). The backup is damaged or "
                    + "was changed. Nothing was restored.")
        }
    }
}
