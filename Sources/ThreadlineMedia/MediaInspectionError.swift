/// Why a stored upload is not a recording Threadline can play.
///
/// Every case reads as a sentence through ``message``, written in lower case without a full stop so that a caller
/// can put it after its own words ("Upload refused: the file is empty (0 bytes)."). ``byteOffset`` gives the place in
/// the file a problem was found at, when there is one.
public enum MediaInspectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file holds no bytes.
    case emptyFile
    /// The bytes match none of the accepted formats; `resemblance` names what they look like instead, such as
    /// "a PNG image", when that is recognisable.
    case unrecognisedType(resemblance: String?)
    /// The file is of `kind` but ends before something it declares: `detail` says what, and `byteOffset` is where
    /// that structure starts.
    case truncated(kind: MediaKind, detail: String, byteOffset: Int64)
    /// The file is of `kind` but a structure in it is impossible: `detail` says which, and `byteOffset` is where
    /// it starts.
    case malformed(kind: MediaKind, detail: String, byteOffset: Int64)
    /// The file could not be opened or read; `byteOffset` is where a read failed, when one did.
    case unreadable(detail: String, byteOffset: Int64?)

    /// The formats named when a file is none of them.
    static let acceptedFormats = "MP3, M4A/AAC, WAV, OGG/Opus, MP4 or WebM"

    /// A sentence for people, in lower case and without a full stop.
    public var message: String {
        switch self {
        case .emptyFile:
            "the file is empty (0 bytes)"
        case .unrecognisedType(let resemblance?):
            "the file's bytes are not \(Self.acceptedFormats) (they look like \(resemblance))"
        case .unrecognisedType(nil):
            "the file's bytes are not \(Self.acceptedFormats)"
        case .truncated(let kind, let detail, _):
            "the \(kind.displayName) file is cut off: \(detail)"
        case .malformed(let kind, let detail, _):
            "the \(kind.displayName) file is damaged: \(detail)"
        case .unreadable(let detail, _):
            "the file could not be read: \(detail)"
        }
    }

    /// The place in the file, counted in bytes from its start, that the problem was found at.
    public var byteOffset: Int64? {
        switch self {
        case .emptyFile, .unrecognisedType: nil
        case .truncated(_, _, let offset), .malformed(_, _, let offset): offset
        case .unreadable(_, let offset): offset
        }
    }

    /// The same as ``message``.
    public var description: String {
        message
    }
}
