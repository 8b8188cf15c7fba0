public import Foundation
import ZIPFoundation

/// The container of a Threadline backup: one zip file holding `manifest.json`, `threadline.sqlite` and the
/// recordings under `media/`.
///
/// Only the container lives here. What goes into it, and the checking of its hashes, belong to the store.
public final class BackupArchive {
    /// The entry that describes the rest.
    public static let manifestPath = "manifest.json"
    /// The entry holding the copy of the database.
    public static let databasePath = "threadline.sqlite"
    /// The folder of recordings inside the backup.
    public static let mediaFolder = "media/"
    /// The largest manifest read, so a hostile file cannot make a restore hold gigabytes in memory.
    static let manifestLimit = 64 << 20

    private let archive: Archive
    private let url: URL

    /// A file to put into a new backup.
    public struct Item: Sendable {
        /// The path inside the backup.
        public var path: String
        /// The file to copy.
        public var source: URL
        /// Whether to deflate it: worth it for the database, wasted on recordings, which are compressed already.
        public var compress: Bool

        public init(path: String, source: URL, compress: Bool) {
            self.path = path
            self.source = source
            self.compress = compress
        }
    }

    /// Writes a new zip at `url` (which must not exist) holding `manifest` and then each item, streamed from disk.
    public static func write(manifest: Data, items: [Item], to url: URL) throws(BackupArchiveError) {
        do {
            let archive = try Archive(url: url, accessMode: .create)
            try archive.addEntry(
                with: manifestPath, type: .file, uncompressedSize: Int64(manifest.count),
                compressionMethod: .deflate
            ) { position, size in
                manifest.subdata(in: Int(position)..<Int(position) + size)
            }
            for item in items {
                try archive.addEntry(
                    with: item.path, fileURL: item.source, compressionMethod: item.compress ? .deflate : .none)
            }
        } catch {
            throw BackupArchiveError("Could not write the backup \(url.path): \(error.localizedDescription)")
        }
    }

    /// Opens the backup at `url` for reading.
    public init(reading url: URL) throws(BackupArchiveError) {
        self.url = url
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw BackupArchiveError("\(url.path) is not a readable backup (a zip file): \(error.localizedDescription)")
        }
    }

    /// The backup's manifest, read and checked.
    public func manifest() throws(BackupArchiveError) -> BackupManifest {
        var data = Data()
        try read(Self.manifestPath) { chunk in
            data.append(chunk)
            if data.count > Self.manifestLimit {
                throw BackupArchiveError("manifest.json in \(url.path) is larger than a manifest can be.")
            }
        }
        return try BackupManifest(decoding: data)
    }

    /// Streams the bytes of the entry at `path` through `consumer`, in order.
    ///
    /// - Throws: ``BackupArchiveError`` naming the entry when it is missing or cannot be decompressed, or
    ///   whatever `consumer` throws.
    public func read(_ path: String, _ consumer: (Data) throws -> Void) throws(BackupArchiveError) {
        guard let entry = archive[path], entry.type == .file else {
            throw BackupArchiveError("The backup \(url.path) has no \(path), which its manifest lists.")
        }
        do {
            _ = try archive.extract(entry, consumer: consumer)
        } catch let error as BackupArchiveError {
            throw error
        } catch {
            throw BackupArchiveError(
                "Could not read \(path) from the backup \(url.path): \(error.localizedDescription)")
        }
    }
}
