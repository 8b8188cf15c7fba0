import Foundation
import Testing
import ThreadlineFormats

@Suite("Choosing a document's reader")
struct DocumentExtractorTests {
    @Test("the extension chooses the reader; an unknown one and a file over the limit are refused by name")
    func dispatch() throws {
        let text = try DocumentExtractor.extract(Data("One.\n\nTwo.".utf8), fileName: "Notes.TXT")
        #expect(text.format == .text)
        #expect(text.blocks == [.paragraph("One."), .paragraph("Two.")])
        #expect(throws: DocumentExtractionError.unsupportedFormat(fileName: "sheet.xlsx")) {
            try DocumentExtractor.extract(Data("x".utf8), fileName: "sheet.xlsx")
        }
        let big = Data(count: DocumentExtractor.sizeLimit + 1)
        #expect(
            throws: DocumentExtractionError.tooLarge(
                fileName: "big.pdf", bytes: big.count, limit: DocumentExtractor.sizeLimit)
        ) { try DocumentExtractor.extract(big, fileName: "big.pdf") }
        #expect(throws: DocumentExtractionError.self) {
            try DocumentExtractor.extract(Data("plain words".utf8), fileName: "report.docx")
        }
        let docx = try DOCXDocumentWriter.data(title: "Minutes", blocks: [.heading(level: 2, text: "Present")])
        #expect(try DocumentExtractor.extract(docx, fileName: "minutes.docx").format == .docx)
    }
}
