public import Foundation

/// The `manifest.json` of a Threadline backup: what the backup holds, and the SHA-256 of every file in it, so a
/// restore can prove the backup is whole before it writes anything.
public struct BackupManifest: Codable, Sendable, Equatable {
    /// The newest layout this build writes and reads.
    public static let currentFormatVersion = 1
    /// The value of ``format``, which tells a Threadline backup from any other zip with a manifest.
    public static let formatName = "threadline-backup"

    /// One file of the backup.
    public struct File: Codable, Sendable, Equatable {
        /// Where the file is in the backup, with `/` between folders (`threadline.sqlite`, `media/ab/ab12…`).
        public var path: String
        /// Its length in bytes.
        public var size: Int64
        /// The SHA-256 of its bytes, in lowercase hexadecimal.
        public var sha256: String

        public init(path: String, size: Int64, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    /// Always ``formatName``.
    public var format: String
    /// The layout's version; a restore refuses versions newer than ``currentFormatVersion``.
    public var formatVersion: Int
    /// The Threadline database schema version of the copied database.
    public var schemaVersion: Int
    /// When the backup was made, in ISO 8601 (UTC).
    public var createdAt: String
    /// The database copy.
    public var database: File
    /// The recordings, in path order.
    public var media: [File]

    enum CodingKeys: String, CodingKey {
        case format
        case formatVersion = "format_version"
        case schemaVersion = "schema_version"
        case createdAt = "created_at"
        case database
        case media
    }

    public init(schemaVersion: Int, createdAt: Date, database: File, media: [File]) {
        format = Self.formatName
        formatVersion = Self.currentFormatVersion
        self.schemaVersion = schemaVersion
        self.createdAt = createdAt.formatted(.iso8601)
        self.database = database
        self.media = media
    }

    /// Reads and checks a manifest: a Threadline backup of a known layout whose paths all stay inside the backup.
    public init(decoding data: Data) throws(BackupArchiveError) {
        do {
            self = try JSONDecoder().decode(Self.self, from: data)
        } catch {
            throw BackupArchiveError("manifest.json is not a Threadline backup manifest: \(error).")
        }
        guard format == Self.formatName else {
            throw BackupArchiveError("manifest.json says the file is \"\(format)\", not a Threadline backup.")
        }
        guard formatVersion <= Self.currentFormatVersion else {
            throw BackupArchiveError(
                "The backup has layout version \(formatVersion), but this Threadline reads only up to "
                    + "\(Self.currentFormatVersion). Restore it with a newer Threadline.")
        }
        guard database.path == BackupArchive.databasePath else {
            throw BackupArchiveError("manifest.json names the database \"\(database.path)\", not threadline.sqlite.")
        }
        var seen: Set<String> = []
        for file in media {
            // The paths become file names on restore, so anything that could leave the media folder is refused.
            guard Self.isSafeMediaPath(file.path), seen.insert(file.path).inserted else {
                throw BackupArchiveError("manifest.json lists an unsafe or repeated media path \"\(file.path)\".")
            }
        }
    }

    /// The manifest as stable, readable JSON.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Whether `path` is `media/` followed by plain folder and file names: no `..`, `.`, empty part or backslash.
    static func isSafeMediaPath(_ path: String) -> Bool {
        guard path.hasPrefix(BackupArchive.mediaFolder), !path.contains("\\"), !path.contains("\0") else {
            return false
        }
        let parts = path.dropFirst(BackupArchive.mediaFolder.count).split(
            separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
