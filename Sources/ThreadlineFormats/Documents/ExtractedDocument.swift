/// The text taken out of an uploaded document: its blocks in reading order and what the file said about itself.
public struct ExtractedDocument: Hashable, Sendable {
    /// The kind of file it was read as.
    public var format: DocumentFormat
    /// The blocks in reading order; never empty for a document that was read.
    public var blocks: [DocumentBlock]
    /// The title the file gives itself (a .docx or .odt's core properties, a PDF's Info dictionary), if any.
    public var title: String?

    /// Creates the result of an extraction.
    public init(format: DocumentFormat, blocks: [DocumentBlock], title: String? = nil) {
        self.format = format
        self.blocks = blocks
        self.title = title
    }
}
