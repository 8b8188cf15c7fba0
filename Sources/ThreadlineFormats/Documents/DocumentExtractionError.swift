/// Why an uploaded document's text could not be taken out; each case words its own message for the uploader.
public enum DocumentExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name's extension is not one Threadline reads.
    case unsupportedFormat(fileName: String)
    /// The file is larger than the limit, in bytes.
    case tooLarge(fileName: String, bytes: Int, limit: Int)
    /// The file is not what its extension says (a `.docx` that is not a zip, a `.pdf` without `%PDF-`).
    case notThatFormat(fileName: String, format: DocumentFormat, detail: String)
    /// The file is encrypted or protected by a password.
    case passwordProtected(fileName: String)
    /// The file holds no text to code: an empty file, or a PDF of scanned pages with no text layer.
    case noText(fileName: String, detail: String)
    /// The file is damaged; `detail` names the part (an XML element and line, a PDF object).
    case damaged(fileName: String, detail: String)

    public var description: String {
        switch self {
        case .unsupportedFormat(let name):
            "\(name): Threadline reads .docx, .odt, .pdf, .txt and .md documents; this file is none of those."
        case .tooLarge(let name, let bytes, let limit):
            "\(name) is \(bytes / 1_048_576) MB; a document can be at most \(limit / 1_048_576) MB."
        case .notThatFormat(let name, let format, let detail):
            "\(name) is not a \(format.displayName) (\(detail))."
        case .passwordProtected(let name):
            "\(name) is protected by a password. Save a copy without the password and upload that."
        case .noText(let name, let detail):
            "\(name) has no text to code (\(detail))."
        case .damaged(let name, let detail):
            "\(name) could not be read: \(detail)."
        }
    }
}
