import Crypto
import Foundation

/// The SHA-256 and length of bytes fed in pieces, so files of any size are hashed without being held in memory.
struct FileDigest {
    private var hasher = SHA256()
    /// The bytes seen so far.
    private(set) var size: Int64 = 0

    /// Adds the next piece.
    mutating func update(_ chunk: Data) {
        hasher.update(data: chunk)
        size += Int64(chunk.count)
    }

    /// The SHA-256 of everything added, in lowercase hexadecimal.
    func hex() -> String {
        hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Hashes the file at `url`, a mebibyte at a time.
    static func of(fileAt url: URL) throws -> FileDigest {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var digest = FileDigest()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            digest.update(chunk)
        }
        return digest
    }
}
