public import Foundation

/// Decides what a stored upload is from its bytes, and reads its duration and codec where the container states
/// them.
///
/// The file is never loaded: the inspector reads its first 64 KiB, its last 64 KiB when the format keeps
/// something there, and a few headers found by seeking, so a 2 GiB recording costs a few hundred kilobytes of
/// reads at most. The name and media type a client claimed play no part; compare them afterwards with
/// ``mismatch(claimedFileName:claimedMimeType:actual:)``.
///
/// ```swift
/// let info = try MediaInspector().inspect(fileAt: storedUpload)
/// if let warning = MediaInspector().mismatch(claimedFileName: "interview.mp3", claimedMimeType: nil,
///                                            actual: info.kind) { … }
/// ```
public struct MediaInspector: Sendable {
    /// How many leading bytes are read to recognise the format.
    static let headLength = 64 * 1024

    /// Creates an inspector.
    public init() {}

    /// Inspects the file at `url`.
    ///
    /// - Throws: ``MediaInspectionError/unreadable(detail:byteOffset:)`` when the file cannot be opened or read,
    ///   and the other cases of ``MediaInspectionError`` when its bytes are not an accepted recording.
    public func inspect(fileAt url: URL) throws(MediaInspectionError) -> MediaInfo {
        guard url.isFileURL else {
            throw .unreadable(detail: "\(url.absoluteString) is not a file on this machine", byteOffset: nil)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw .unreadable(detail: "there is no file at \(url.path)", byteOffset: nil)
        }
        guard !isFolder.boolValue else {
            throw .unreadable(detail: "\(url.path) is a folder, not a file", byteOffset: nil)
        }
        let handle: FileHandle
        let byteCount: UInt64
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(detail: "\(url.path) could not be opened (\(error))", byteOffset: nil)
        }
        defer { try? handle.close() }
        do {
            byteCount = try handle.seekToEnd()
        } catch {
            throw .unreadable(detail: "the size of \(url.path) could not be found (\(error))", byteOffset: nil)
        }
        return try inspect(fileHandle: handle, byteCount: Int64(clamping: byteCount))
    }

    /// Inspects the file open in `fileHandle`, which holds `byteCount` bytes.
    ///
    /// The handle's position is moved; the handle is not closed.
    public func inspect(fileHandle: FileHandle, byteCount: Int64) throws(MediaInspectionError) -> MediaInfo {
        guard byteCount > 0 else {
            if byteCount == 0 { throw .emptyFile }
            throw .unreadable(detail: "the file's size was given as \(byteCount) bytes", byteOffset: nil)
        }
        let reader = MediaFileReader(handle: fileHandle, byteCount: byteCount)
        let head = try reader.bytes(at: 0, count: Self.headLength)
        guard head.count > 0 else {
            throw .unreadable(
                detail: "the file should hold \(MediaNumberText.grouped(byteCount)) bytes but none could be read",
                byteOffset: 0)
        }
        switch MediaSignature.recognise(head) {
        case .mp3: return try MP3Inspector(reader: reader).inspect()
        case .wav: return try WAVInspector(reader: reader).inspect()
        case .ogg: return try OggInspector(reader: reader).inspect()
        case .isoMedia: return try MP4Inspector(reader: reader).inspect()
        case .ebml: return try WebMInspector(reader: reader).inspect()
        case nil: throw .unrecognisedType(resemblance: ForeignFormatResemblance.describe(head))
        }
    }

    /// A sentence for when the kind a client claimed for an upload differs from `actual`, the kind its bytes
    /// are, such as "the file is called x.mp3 but its bytes are WAV"; `nil` when they agree or nothing was claimed.
    ///
    /// The file name is judged first (see ``MediaKind/claimed(byFileName:mimeType:)``); the media type only when
    /// the name claims no known format. M4A and MP4 count as agreeing, being one container.
    public func mismatch(claimedFileName: String?, claimedMimeType: String?, actual: MediaKind) -> String? {
        if let claimedFileName, let claimed = MediaKind.claimed(byFileName: claimedFileName) {
            guard !claimed.isSameContainer(as: actual) else { return nil }
            let name = Self.displayable(MediaKind.lastPathComponent(of: claimedFileName))
            return "the file is called \(name) but its bytes are \(actual.displayName)"
        }
        if let claimedMimeType, let claimed = MediaKind.claimed(byMimeType: claimedMimeType) {
            guard !claimed.isSameContainer(as: actual) else { return nil }
            let type = Self.displayable(claimedMimeType.split(separator: ";").first ?? "")
            return "the file was sent as \(type.trimmingCharacters(in: .whitespaces)) but its bytes are "
                + actual.displayName
        }
        return nil
    }

    /// A client-supplied name made safe to put in a sentence: control and formatting characters (which could
    /// break a log line or reverse the text around them) removed, and at most 120 characters kept.
    static func displayable(_ text: some StringProtocol) -> String {
        let kept = text.unicodeScalars.filter { scalar in
            scalar.properties.generalCategory != .control && scalar.properties.generalCategory != .format
        }
        let cleaned = String(String.UnicodeScalarView(kept))
        return cleaned.count > 120 ? cleaned.prefix(119) + "…" : cleaned
    }
}
