import Foundation

extension MediaKind {
    /// The kind a client claims for an upload through its file name or its declared media type.
    ///
    /// The file name's extension wins when it names a known format, because people see and choose names, while
    /// browsers often send a generic or guessed `Content-Type`. Returns `nil` when neither names a known format
    /// (for example `application/octet-stream` and no extension).
    ///
    /// - Parameters:
    ///   - fileName: The name the client gave the file, such as `interview.mp3`; a path is allowed.
    ///   - mimeType: The `Content-Type` the client sent, with or without parameters.
    public static func claimed(byFileName fileName: String?, mimeType: String?) -> MediaKind? {
        if let fileName, let kind = claimed(byFileName: fileName) {
            return kind
        }
        if let mimeType, let kind = claimed(byMimeType: mimeType) {
            return kind
        }
        return nil
    }

    /// The kind named by the extension of `fileName`, if any.
    static func claimed(byFileName fileName: String) -> MediaKind? {
        let name = lastPathComponent(of: fileName)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let suffix = name[name.index(after: dot)...].lowercased()
        return extensionKinds[suffix]
    }

    /// The kind named by `mimeType`, ignoring parameters such as `codecs`, if any.
    static func claimed(byMimeType mimeType: String) -> MediaKind? {
        let essence = mimeType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let trimmed = essence.trimmingCharacters(in: .whitespaces).lowercased()
        return mimeTypeKinds[trimmed]
    }

    /// The part of `fileName` after its last `/` or `\`: browsers on Windows once sent `C:\fakepath\x.mp3`.
    static func lastPathComponent(of fileName: String) -> Substring {
        if let separator = fileName.lastIndex(where: { $0 == "/" || $0 == "\\" }) {
            return fileName[fileName.index(after: separator)...]
        }
        return fileName[...]
    }

    /// Extensions, lower-cased, that people use for each kind.
    private static let extensionKinds: [String: MediaKind] = [
        "mp3": .mp3, "mpga": .mp3,
        "m4a": .m4a, "m4b": .m4a, "m4p": .m4a, "aac": .m4a,
        "wav": .wav, "wave": .wav,
        "ogg": .ogg, "oga": .ogg, "opus": .ogg,
        "mp4": .mp4, "m4v": .mp4, "mov": .mp4, "3gp": .mp4, "3g2": .mp4,
        "webm": .webm,
    ]

    /// Media types, lower-cased and without parameters, that clients send for each kind (registered and common
    /// unregistered spellings alike).
    private static let mimeTypeKinds: [String: MediaKind] = [
        "audio/mpeg": .mp3, "audio/mp3": .mp3, "audio/mpeg3": .mp3, "audio/x-mpeg": .mp3, "audio/x-mp3": .mp3,
        "audio/mp4": .m4a, "audio/m4a": .m4a, "audio/x-m4a": .m4a, "audio/aac": .m4a, "audio/x-aac": .m4a,
        "audio/wav": .wav, "audio/wave": .wav, "audio/x-wav": .wav, "audio/vnd.wave": .wav,
        "audio/ogg": .ogg, "audio/opus": .ogg, "audio/vorbis": .ogg, "application/ogg": .ogg,
        "video/mp4": .mp4, "video/quicktime": .mp4, "video/x-m4v": .mp4, "video/3gpp": .mp4,
        "video/webm": .webm, "audio/webm": .webm,
    ]
}
