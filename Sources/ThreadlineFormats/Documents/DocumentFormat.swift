/// The kinds of file a document can be uploaded as.
public enum DocumentFormat: String, Hashable, Sendable, CaseIterable {
    /// Word's Office Open XML document (`.docx`).
    case docx
    /// OpenDocument text (`.odt`).
    case odt
    /// A PDF's text layer (`.pdf`).
    case pdf
    /// Plain text (`.txt`), UTF-8 or UTF-16 with a byte-order mark.
    case text = "txt"
    /// Markdown (`.md`), kept as written.
    case markdown = "md"

    /// The name a person reads ("Word document").
    public var displayName: String {
        switch self {
        case .docx: "Word document"
        case .odt: "OpenDocument text"
        case .pdf: "PDF"
        case .text: "plain text"
        case .markdown: "Markdown"
        }
    }

    /// The media type the original is served with when downloaded.
    public var mediaType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .pdf: "application/pdf"
        case .text: "text/plain; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        }
    }

    /// The format a file name's extension names (any case), or `nil` when it names none of these.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "docx": self = .docx
        case "odt": self = .odt
        case "pdf": self = .pdf
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }
}
