public import Foundation

/// Takes the text out of an uploaded document of any kind Threadline reads, chosen by the file name's extension:
/// the one entry point for uploads, the API and imports.
public enum DocumentExtractor {
    /// The largest document accepted, in bytes: far above any real report or set of minutes, and small enough that
    /// reading one never strains the server.
    public static let sizeLimit = 50 * 1_048_576

    /// The text of `data`, named `fileName`; refused with a sentence for the uploader when it cannot be read.
    public static func extract(_ data: Data, fileName: String) throws(DocumentExtractionError) -> ExtractedDocument {
        guard let format = DocumentFormat(fileName: fileName) else {
            throw .unsupportedFormat(fileName: fileName)
        }
        guard data.count <= sizeLimit else {
            throw .tooLarge(fileName: fileName, bytes: data.count, limit: sizeLimit)
        }
        switch format {
        case .docx: return try DOCXTextExtractor.extract(data, fileName: fileName)
        case .odt: return try ODTTextExtractor.extract(data, fileName: fileName)
        case .pdf: return try PDFTextExtractor.extract(data, fileName: fileName)
        case .text, .markdown: return try PlainTextDocumentReader.extract(data, fileName: fileName, format: format)
        }
    }
}
