import Crypto
import Foundation
import NIOCore
import ThreadlineMedia
import ThreadlineStore

/// The folder of stored recordings: each file is named by the SHA-256 of its bytes (`ab/abcdef…`), so the same
/// recording uploaded twice is stored once and a stored file can never be changed in place.
///
/// An upload is streamed into a temporary file in the same folder (never held whole in memory) while it is
/// hashed and counted; only when its bytes prove to be a recording of a supported type is it moved into place.
public struct MediaLibrary: Sendable {
    /// The folder.
    public let root: URL
    /// The largest upload accepted, in bytes.
    public let maxUploadBytes: Int64

    /// The default upload limit: 2 GiB.
    public static let defaultMaxUploadBytes: Int64 = 2 * 1024 * 1024 * 1024

    /// Why an upload was refused: what kind of refusal (which the web layer answers with a status) and a
    /// sentence for the person who sent it.
    public struct Refusal: Error, Sendable {
        /// The kinds of refusal.
        public enum Reason: Sendable {
            /// Larger than the limit.
            case tooLarge
            /// The request describes itself wrongly (a length that is not a number).
            case malformed
            /// Empty, not a recording, or not what its name or type claims.
            case notARecording
            /// The server could not store it.
            case storageFailed
        }

        public var reason: Reason
        public var message: String
    }

    public init(path: String, maxUploadBytes: Int64) {
        root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        self.maxUploadBytes = maxUploadBytes
    }

    /// Where the recording with `sha256` is (or would be) stored; `nil` for anything that is not a SHA-256.
    public func fileURL(sha256: String) -> URL? {
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return root.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent(sha256)
    }

    /// Refuses, before any of the body is read, an upload whose declared length (`Content-Length`) is over the
    /// limit or zero.
    public func checkDeclaredLength(_ text: String?) throws(Refusal) {
        guard let text else { return }
        guard let length = Int64(text) else {
            throw Refusal(reason: .malformed, message: "The Content-Length header is not a number.")
        }
        if length > maxUploadBytes { throw tooLarge(length) }
        if length == 0 { throw Refusal(reason: .notARecording, message: "The file is empty (0 bytes).") }
    }

    private func tooLarge(_ length: Int64) -> Refusal {
        Refusal(
            reason: .tooLarge,
            message:
                "The file is \(Self.megabytes(length)) but recordings may be at most \(Self.megabytes(maxUploadBytes))."
        )
    }

    public static func megabytes(_ bytes: Int64) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1_000_000) : "\(bytes) bytes"
    }

    /// Streams `body` to disk, checks what it is from its bytes, and stores it under its SHA-256.
    ///
    /// - Parameters:
    ///   - body: The upload's bytes as they arrive (a request body).
    ///   - claimedName: The file name the client gave, to check against what the bytes are.
    ///   - claimedType: The Content-Type the client gave.
    /// - Returns: The stored recording.
    public func store<Body: AsyncSequence>(body: Body, claimedName: String?, claimedType: String?) async throws
        -> StoredRecording where Body.Element == ByteBuffer
    {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let temporary = root.appendingPathComponent(".upload-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw Refusal(reason: .storageFailed, message: "The media folder cannot be written to.")
        }
        var keepTemporary = false
        defer { if !keepTemporary { try? FileManager.default.removeItem(at: temporary) } }

        var hasher = SHA256()
        var count: Int64 = 0
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            for try await buffer in body {
                count += Int64(buffer.readableBytes)
                if count > maxUploadBytes { throw tooLarge(count) }
                buffer.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
                try handle.write(contentsOf: Data(buffer.readableBytesView))
            }
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let result = try adopt(
            temporary, count: count, sha256: digest, claimedName: claimedName, claimedType: claimedType)
        keepTemporary = result.moved
        return result.recording
    }

    /// Stores a copy of a file already on disk (the demo's recording), with the same checks as an upload.
    public func store(fileAt source: URL) throws -> StoredRecording {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let temporary = root.appendingPathComponent(".upload-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: temporary)
        var moved = false
        defer { if !moved { try? FileManager.default.removeItem(at: temporary) } }
        var hasher = SHA256()
        var count: Int64 = 0
        let handle = try FileHandle(forReadingFrom: temporary)
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            count += Int64(chunk.count)
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let result = try adopt(
            temporary, count: count, sha256: digest, claimedName: source.lastPathComponent, claimedType: nil)
        moved = result.moved
        return result.recording
    }

    /// Checks a written temporary file (not empty, a recording by its bytes, as claimed) and moves it into
    /// place, unless the same bytes are stored already.
    private func adopt(
        _ temporary: URL, count: Int64, sha256: String, claimedName: String?, claimedType: String?
    ) throws -> (recording: StoredRecording, moved: Bool) {
        if count == 0 { throw Refusal(reason: .notARecording, message: "The file is empty (0 bytes).") }
        guard let destination = fileURL(sha256: sha256) else {
            throw Refusal(reason: .storageFailed, message: "The file's digest could not be computed.")
        }
        let info: MediaInfo
        do {
            info = try MediaInspector().inspect(fileAt: temporary)
        } catch {
            throw Refusal(reason: .notARecording, message: Self.sentence(error.message))
        }
        if let mismatch = MediaInspector().mismatch(
            claimedFileName: claimedName, claimedMimeType: claimedType, actual: info.kind)
        {
            throw Refusal(reason: .notARecording, message: Self.sentence(mismatch))
        }
        var moved = false
        if !FileManager.default.fileExists(atPath: destination.path) {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            // A rename within one folder tree is atomic: a reader sees the whole file or none.
            try FileManager.default.moveItem(at: temporary, to: destination)
            moved = true
        }
        let recording = StoredRecording(
            sha256: sha256, mediaType: info.contentType, bytes: Int(count), durationMs: info.durationMs)
        return (recording, moved)
    }

    /// The inspector's messages are lower-case clauses; people read sentences.
    public static func sentence(_ clause: String) -> String {
        guard let first = clause.first else { return clause }
        let text = first.uppercased() + clause.dropFirst()
        return text.hasSuffix(".") ? text : text + "."
    }
}
