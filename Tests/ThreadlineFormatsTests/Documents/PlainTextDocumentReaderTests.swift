import Foundation
import Testing
import ThreadlineFormats

@Suite("PlainTextDocumentReader")
struct PlainTextDocumentReaderTests {
    private func blocks(_ text: String, _ format: DocumentFormat = .text) throws -> [DocumentBlock] {
        try PlainTextDocumentReader.extract(Data(text.utf8), fileName: "t", format: format).blocks
    }

    @Test("plain text: paragraphs at blank lines, lines inside one kept, CRLF and CR made LF")
    func paragraphs() throws {
        let text = "\r\nFirst line\r\nsecond line\r\n\r\n   \r\nNext  paragraph\rwith a CR\n\n\n  Indented last"
        let document = try PlainTextDocumentReader.extract(Data(text.utf8), fileName: "notes.txt", format: .text)
        #expect(document.format == .text)
        #expect(document.title == nil)
        #expect(
            document.blocks == [
                .paragraph("First line\nsecond line"), .paragraph("Next  paragraph\nwith a CR"),
                .paragraph("  Indented last"),
            ])
    }

    @Test("a UTF-8 byte-order mark is dropped")
    func utf8BOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Caf\u{E9} \u{1F600}".utf8)
        let document = try PlainTextDocumentReader.extract(data, fileName: "bom.txt", format: .text)
        #expect(document.blocks == [.paragraph("Caf\u{E9} \u{1F600}")])
    }

    @Test("UTF-16 with a byte-order mark, in either byte order")
    func utf16() throws {
        let text = "Gr\u{FC}\u{DF}e \u{1F44B}\r\n\r\nZwei"
        let units = Array(text.utf16)
        let little = Data([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = Data([0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        let expected: [DocumentBlock] = [.paragraph("Gr\u{FC}\u{DF}e \u{1F44B}"), .paragraph("Zwei")]
        #expect(try PlainTextDocumentReader.extract(little, fileName: "le.txt", format: .text).blocks == expected)
        #expect(try PlainTextDocumentReader.extract(big, fileName: "be.txt", format: .text).blocks == expected)
    }

    @Test("bytes that are not UTF-8 are damaged, naming the byte and the line")
    func invalidUTF8() {
        // "ok\nfine\nna" then Latin-1 "ï" (0xEF alone): byte 10 on line 3.
        let data = Data("ok\nfine\nna".utf8) + Data([0xEF, 0x76, 0x65])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(data, fileName: "latin1.txt", format: .text)
        }
        #expect(
            error
                == .damaged(
                    fileName: "latin1.txt",
                    detail: "byte 10 (line 3) is not valid UTF-8; save the file as UTF-8 and upload it again"))
    }

    @Test("the byte offset counts the byte-order mark")
    func invalidUTF8AfterBOM() {
        let data = Data([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(data, fileName: "b.md", format: .markdown)
        }
        #expect(DocumentFixtures.damagedDetail(error)?.hasPrefix("byte 4 (line 1) is not valid UTF-8") == true)
    }

    @Test("UTF-16 with a lone surrogate or an odd byte is damaged")
    func invalidUTF16() {
        let lone = Data([0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x42, 0x00])
        let loneError = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(lone, fileName: "u.txt", format: .text)
        }
        #expect(
            loneError == .damaged(fileName: "u.txt", detail: "byte 6 (line 2) is half of a UTF-16 surrogate pair"))
        let odd = Data([0xFE, 0xFF, 0x00, 0x41, 0x00])
        let oddError = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(odd, fileName: "o.txt", format: .text)
        }
        #expect(oddError == .damaged(fileName: "o.txt", detail: "it ends in the middle of a UTF-16 character"))
    }

    @Test("NUL bytes mean the file is not text (or UTF-16 without its byte-order mark)")
    func nulBytes() {
        let data = Data([0x48, 0x00, 0x69, 0x00])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(data, fileName: "w.txt", format: .text)
        }
        #expect(
            error
                == .notThatFormat(
                    fileName: "w.txt", format: .text,
                    detail: "byte 1 is a NUL, so it is not UTF-8 text (UTF-16 needs a byte-order mark)"))
    }

    @Test("an empty or blank file has no text")
    func empty() {
        let empty = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(Data(), fileName: "e.txt", format: .text)
        }
        #expect(empty == .noText(fileName: "e.txt", detail: "the file is empty"))
        let blank = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(Data(" \n\t\r\n".utf8), fileName: "b.md", format: .markdown)
        }
        #expect(blank == .noText(fileName: "b.md", detail: "the file has only blank lines"))
    }

    @Test("formats other than text and Markdown are refused")
    func otherFormat() {
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try PlainTextDocumentReader.extract(Data("x".utf8), fileName: "x.docx", format: .docx)
        }
        #expect(error == .unsupportedFormat(fileName: "x.docx"))
    }

    @Test("Markdown: ATX and setext headings, list items, paragraphs, fenced code, front matter")
    func markdown() throws {
        let text = """
            ---
            title: "Round 2 notes"
            tags: [interviews]
            ---
            # Findings #

            Partners said the hub
            *helped* a lot.
            - Trust grew
              over the year
            * Shared goals
            + Joint bids
            1. First step
            12) Second step
            -not a list item

            Summary
            =======
            Details
            ---
            ***
            ```markdown
            # not a heading
            - not an item
            ```
            ####### seven hashes is a paragraph
            #hashtag is a paragraph
            ###### Six ######
            ##
            """
        let document = try PlainTextDocumentReader.extract(Data(text.utf8), fileName: "n.md", format: .markdown)
        #expect(document.format == .markdown)
        #expect(document.title == "Round 2 notes")
        #expect(
            document.blocks == [
                .heading(level: 1, text: "Findings"),
                .paragraph("Partners said the hub\n*helped* a lot."),
                .listItem("Trust grew\nover the year"),
                .listItem("Shared goals"),
                .listItem("Joint bids"),
                .listItem("First step"),
                .listItem("Second step\n-not a list item"),
                .heading(level: 1, text: "Summary"),
                .heading(level: 2, text: "Details"),
                .paragraph("# not a heading\n- not an item"),
                .paragraph("####### seven hashes is a paragraph\n#hashtag is a paragraph"),
                .heading(level: 6, text: "Six"),
            ])
    }

    @Test("Markdown without front matter has no title, and an unclosed fence runs to the end")
    func markdownUnclosedFence() throws {
        #expect(
            try blocks("Intro\n\n~~~\ncode\n# still code", .markdown) == [
                .paragraph("Intro"), .paragraph("code\n# still code"),
            ])
        #expect(try PlainTextDocumentReader.extract(Data("# A".utf8), fileName: "a.md", format: .markdown).title == nil)
    }
}
