public import Foundation
public import ThreadlineFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes a backup file of a SQLite hub: a consistent copy of its database and every recording in its media folder,
/// with a manifest of their SHA-256 hashes (see ``BackupArchive`` for the layout).
///
/// The database is copied first and the media folder listed after: recordings are named by their hash and never
/// change, so every recording the copied database refers to is already on disk when the folder is listed, and one
/// uploaded in between is merely an extra file.
public struct BackupWriter: Sendable {
    /// The folder recordings are stored in.
    public var mediaPath: String

    public init(mediaPath: String) {
        self.mediaPath = mediaPath
    }

    /// Writes the backup of `store` (and of ``mediaPath``) to `target`, replacing any file there.
    ///
    /// Everything is written beside `target` and moved into place at the end, so a failure leaves no partial file.
    ///
    /// - Returns: The manifest written into the backup.
    public func write(store: ThreadlineStore, to target: URL, now: Date) async throws -> BackupManifest {
        let manager = FileManager.default
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw BackupError("The folder \(folder.path) for the backup does not exist.")
        }
        let staging = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        defer { try? manager.removeItem(at: staging) }

        let databaseCopy = staging.appendingPathComponent(BackupArchive.databasePath)
        let schemaVersion = try await store.copyDatabase(to: databaseCopy.path)
        let databaseDigest = try FileDigest.of(fileAt: databaseCopy)
        var items = [BackupArchive.Item(path: BackupArchive.databasePath, source: databaseCopy, compress: true)]
        var media: [BackupManifest.File] = []
        for (relative, url) in try mediaFiles() {
            let digest = try FileDigest.of(fileAt: url)
            let path = BackupArchive.mediaFolder + relative
            media.append(BackupManifest.File(path: path, size: digest.size, sha256: digest.hex()))
            items.append(BackupArchive.Item(path: path, source: url, compress: false))
        }
        let manifest = BackupManifest(
            schemaVersion: schemaVersion, createdAt: now,
            database: BackupManifest.File(
                path: BackupArchive.databasePath, size: databaseDigest.size, sha256: databaseDigest.hex()),
            media: media
        )
        let archive = staging.appendingPathComponent("backup.zip")
        try BackupArchive.write(manifest: try manifest.encoded(), items: items, to: archive)
        // rename(2) replaces the target atomically: readers see the old file or the whole new one, never half.
        guard rename(archive.path, target.path) == 0 else {
            throw BackupError(
                "Could not move the backup into place at \(target.path): \(String(cString: strerror(errno))).")
        }
        return manifest
    }

    /// The recordings in the media folder, as paths relative to it with `/` separators, in path order.
    ///
    /// Hidden files are uploads still being written (`.upload-…`), which no database row refers to yet.
    private func mediaFiles() throws -> [(String, URL)] {
        let root = URL(fileURLWithPath: mediaPath, isDirectory: true).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else {
            throw BackupError("The media path \(root.path) is a file, not a folder.")
        }
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw BackupError("Could not list the media folder \(root.path).")
        }
        var files: [(String, URL)] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in walker {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            files.append((String(path.dropFirst(prefix.count)), url))
        }
        return files.sorted { $0.0 < $1.0 }
    }
}
