import Crypto
import Foundation

extension MediaLibrary {
    /// Where the original document with this SHA-256 is kept (beside, not among, the recordings: never served to the public, only downloaded by the team from a document's page).
    public func originalURL(sha256: String) -> URL? {
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return root.appendingPathComponent("originals", isDirectory: true)
            .appendingPathComponent(String(sha256.prefix(2)), isDirectory: true).appendingPathComponent(sha256)
    }

    /// Copies a document into the originals folder under its SHA-256; `isNew` is false when it was there already.
    public func storeOriginal(fileAt source: URL) throws -> (sha256: String, bytes: Int, isNew: Bool) {
        var hasher = SHA256()
        var count = 0
        let handle = try FileHandle(forReadingFrom: source)
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            count += chunk.count
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        guard let destination = originalURL(sha256: digest) else { return (digest, count, false) }
        if FileManager.default.fileExists(atPath: destination.path) { return (digest, count, false) }
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = destination.deletingLastPathComponent().appendingPathComponent(".copy-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: temporary)
        try FileManager.default.moveItem(at: temporary, to: destination)
        return (digest, count, true)
    }

    /// Writes a document held in memory (an upload) into the originals folder under its SHA-256; `isNew` is false
    /// when it was there already. The bytes go to a temporary file first, so a half-written original never has the
    /// name of a whole one.
    public func storeOriginal(data: Data) throws -> (sha256: String, bytes: Int, isNew: Bool) {
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        guard let destination = originalURL(sha256: digest) else { return (digest, data.count, false) }
        if FileManager.default.fileExists(atPath: destination.path) { return (digest, data.count, false) }
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = destination.deletingLastPathComponent().appendingPathComponent(".copy-\(UUID().uuidString)")
        try data.write(to: temporary)
        try FileManager.default.moveItem(at: temporary, to: destination)
        return (digest, data.count, true)
    }
}
