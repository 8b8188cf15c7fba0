public import Foundation

/// Takes the blocks out of a plain text (`.txt`) or Markdown (`.md`) upload.
///
/// Plain text is split into paragraphs at blank lines; the lines of one paragraph stay joined by line breaks, as
/// written. Markdown gets a light reading by ``MarkdownBlockReader`` (headings, list items, paragraphs): the app keeps
/// the Markdown source itself as the text to code, so these blocks only summarise its structure.
public enum PlainTextDocumentReader {
    /// Extracts the blocks of the text file `data`.
    ///
    /// - Parameters:
    ///   - data: The uploaded file's bytes: UTF-8 (with or without a byte-order mark), or UTF-16 with one.
    ///   - fileName: The name the uploader gave it, for messages.
    ///   - format: ``DocumentFormat/text`` or ``DocumentFormat/markdown``.
    /// - Throws: ``DocumentExtractionError``: `.unsupportedFormat` for a format that is not text, `.damaged` naming the
    ///   byte and line of bytes that are not UTF-8 (or UTF-16), `.notThatFormat` for a file with NUL bytes, `.noText`
    ///   for an empty or blank file.
    public static func extract(
        _ data: Data, fileName: String, format: DocumentFormat
    ) throws(DocumentExtractionError) -> ExtractedDocument {
        guard format == .text || format == .markdown else { throw .unsupportedFormat(fileName: fileName) }
        let text = try PlainTextDecoding.decode(data, fileName: fileName, format: format)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let document: ExtractedDocument
        if format == .markdown {
            let markdown = MarkdownBlockReader(lines: lines)
            document = ExtractedDocument(format: .markdown, blocks: markdown.blocks, title: markdown.title)
        } else {
            document = ExtractedDocument(format: .text, blocks: paragraphs(of: lines))
        }
        guard !document.blocks.isEmpty else {
            let detail = data.isEmpty ? "the file is empty" : "the file has only blank lines"
            throw .noText(fileName: fileName, detail: detail)
        }
        return document
    }

    /// Runs of lines between blank (or white-space-only) lines, each run one paragraph.
    private static func paragraphs(of lines: [Substring]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var run: [Substring] = []
        for line in lines + [""] {
            if DocumentBlockCollector.hasText(String(line)) {
                run.append(line)
            } else if !run.isEmpty {
                blocks.append(.paragraph(run.joined(separator: "\n")))
                run = []
            }
        }
        return blocks
    }
}
