import Foundation
import Testing
import ThreadlineFormats
import ZIPFoundation

@Suite("DOCXDocumentWriter")
struct DOCXDocumentWriterTests {
    private static let blocks: [DocumentBlock] = [
        .heading(level: 1, text: "Code: Trust <&> \"quotes\" 'apostrophes'"),
        .paragraph("Interview 3, 00:12:04"),
        .paragraph("  Leading spaces,\ttabs\tand a\nline break kept \u{1F91D}"),
        .listItem("A passage with emoji \u{1F469}\u{200D}\u{1F52C} and caf\u{E9}"),
        .heading(level: 3, text: "Sub-theme"),
        .listItem("Second passage"),
        .heading(level: 6, text: "Deepest"),
    ]

    @Test("read back by DOCXTextExtractor, the blocks come out as they went in, after the title")
    func roundTrip() throws {
        let data = try DOCXDocumentWriter.data(title: "Coded passages: Trust & co", blocks: Self.blocks)
        let document = try DOCXTextExtractor.extract(data, fileName: "passages.docx")
        #expect(document.title == "Coded passages: Trust & co")
        #expect(document.blocks == [.heading(level: 1, text: "Coded passages: Trust & co")] + Self.blocks)
    }

    @Test("characters XML forbids are dropped; CR and CR LF become line breaks")
    func forbiddenCharacters() throws {
        let data = try DOCXDocumentWriter.data(
            title: "", blocks: [.paragraph("bell\u{07} gone\u{0B}, form\u{0C}feed, nul\u{00}; a\r\nb\rc")])
        let document = try DOCXTextExtractor.extract(data, fileName: "c.docx")
        #expect(document.blocks == [.paragraph("bell gone, formfeed, nul; a\nb\nc")])
        #expect(document.title == nil)
    }

    @Test("heading levels outside 1–6 are written as the nearest level")
    func headingLevelsClamped() throws {
        let data = try DOCXDocumentWriter.data(
            title: "T", blocks: [.heading(level: 0, text: "Zero"), .heading(level: 9, text: "Nine")])
        let blocks = try DOCXTextExtractor.extract(data, fileName: "h.docx").blocks
        #expect(
            blocks == [
                .heading(level: 1, text: "T"), .heading(level: 1, text: "Zero"), .heading(level: 6, text: "Nine"),
            ])
    }

    @Test("the XML escapes markup and preserves spaces, with breaks and tabs as elements")
    func documentXML() throws {
        let data = try DOCXDocumentWriter.data(title: "", blocks: [.paragraph(" a<b>&c\td\ne ")])
        let xml = try DocumentFixtures.entry("word/document.xml", in: data)
        #expect(
            xml.contains(
                "<w:p><w:r><w:t xml:space=\"preserve\"> a&lt;b&gt;&amp;c</w:t><w:tab/>"
                    + "<w:t xml:space=\"preserve\">d</w:t><w:br/><w:t xml:space=\"preserve\">e </w:t></w:r></w:p>"))
    }

    @Test("the package holds the parts Word needs, content types first")
    func packageParts() throws {
        let data = try DOCXDocumentWriter.data(title: "Parts", blocks: [.paragraph("x")])
        let archive = try Archive(data: data, accessMode: .read)
        #expect(
            archive.map(\.path) == [
                "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                "word/styles.xml", "word/numbering.xml", "docProps/core.xml",
            ])
        let types = try DocumentFixtures.entry("[Content_Types].xml", in: data)
        #expect(
            types.contains(
                "<Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            ))
        let styles = try DocumentFixtures.entry("word/styles.xml", in: data)
        for id in ["Title", "Heading1", "Heading2", "Heading3", "ListBullet"] {
            #expect(styles.contains("w:styleId=\"\(id)\""), "styles.xml lacks \(id)")
        }
        #expect(try DocumentFixtures.entry("docProps/core.xml", in: data).contains("<dc:title>Parts</dc:title>"))
    }

    @Test("the same blocks give the same bytes")
    func deterministic() throws {
        let first = try DOCXDocumentWriter.data(title: "Same", blocks: Self.blocks)
        let second = try DOCXDocumentWriter.data(title: "Same", blocks: Self.blocks)
        #expect(first == second)
        #expect(try DOCXDocumentWriter.data(title: "Other", blocks: Self.blocks) != first)
    }

    @Test(
        "every XML part is well formed by xmllint",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), "xmllint is not installed"))
    func wellFormedByXmllint() throws {
        let data = try DOCXDocumentWriter.data(title: "Lint <&>", blocks: Self.blocks)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive {
            let file = directory.appendingPathComponent(entry.path.replacingOccurrences(of: "/", with: "_"))
            try Data(DocumentFixtures.entry(entry.path, in: data).utf8).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", file.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "xmllint rejects \(entry.path)")
        }
    }
}
