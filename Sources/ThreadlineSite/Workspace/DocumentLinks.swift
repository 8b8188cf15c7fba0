/// The links a document's workspace page adds: to code it, and to download the file it came from.
public struct DocumentLinks {
    public var codingURL: String
    public var originalURL: String?
    public var fileName: String

    /// Creates the value from each of its fields.
    public init(codingURL: String, originalURL: String?, fileName: String) {
        self.codingURL = codingURL
        self.originalURL = originalURL
        self.fileName = fileName
    }
}
