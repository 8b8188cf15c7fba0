public import Foundation

/// Takes the text layer out of a PDF (ISO 32000-1:2008), as blocks for coding: bytes in, values out.
///
/// Reads classic cross-reference tables and PDF 1.5 cross-reference and object streams, incremental updates, and
/// rebuilds a broken cross-reference by scanning for objects. Text comes from the pages' content streams through
/// the fonts' encodings and `/ToUnicode` maps; headings, paragraphs and list items are read back from the layout.
/// Encrypted files are refused without trying to decrypt them; scanned pages without a text layer are reported as
/// needing text recognition.
public enum PDFTextExtractor {
    /// Extracts a PDF's text.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - fileName: The name it was uploaded as, for messages.
    /// - Returns: The blocks in reading order and the Info dictionary's `/Title`, with format ``DocumentFormat/pdf``.
    /// - Throws: ``DocumentExtractionError/notThatFormat(fileName:format:detail:)`` without a `%PDF-` header,
    ///   ``DocumentExtractionError/passwordProtected(fileName:)`` for an encrypted file,
    ///   ``DocumentExtractionError/noText(fileName:detail:)`` when the pages show no text, and
    ///   ``DocumentExtractionError/damaged(fileName:detail:)`` naming the object or byte at fault.
    public static func extract(_ data: Data, fileName: String) throws(DocumentExtractionError) -> ExtractedDocument {
        do {
            return try extract([UInt8](data))
        } catch {
            switch error {
            case .notPDF(let detail): throw .notThatFormat(fileName: fileName, format: .pdf, detail: detail)
            case .encrypted: throw .passwordProtected(fileName: fileName)
            case .damaged(let detail): throw .damaged(fileName: fileName, detail: detail)
            case .unsupportedFilter(let name):
                throw .damaged(fileName: fileName, detail: "it uses the unsupported filter \(name)")
            case .noText(let detail): throw .noText(fileName: fileName, detail: detail)
            }
        }
    }

    private static func extract(_ bytes: [UInt8]) throws(PDFFailure) -> ExtractedDocument {
        let document = try PDFDocumentReader(bytes: bytes)
        let pages = try document.pages()
        guard !pages.isEmpty else { throw .damaged("its page tree holds no pages") }
        var interpreter = PDFContentInterpreter(document: document)
        let runs = pages.map { interpreter.runs(on: $0) }
        let blocks = PDFTextLayout.blocks(pages: runs)
        guard !blocks.isEmpty else {
            if let failure = interpreter.firstFailure { throw failure }
            if interpreter.unmappedGlyphs > 0 {
                throw .noText(
                    "its fonts give no Unicode text for the glyphs it shows — a text layer without a /ToUnicode "
                        + "map needs text recognition (OCR) first")
            }
            throw .noText(
                "its pages are images without a text layer — a scanned document needs text recognition (OCR) first")
        }
        return ExtractedDocument(format: .pdf, blocks: blocks, title: document.title())
    }
}
