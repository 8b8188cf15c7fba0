import Foundation
import Testing
import ThreadlineFormats

@Suite("ODTTextExtractor")
struct ODTTextExtractorTests {
    private static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"
        """

    private static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
        manifest:media-type="application/vnd.oasis.opendocument.text"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """

    private static let meta = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta \(namespaces)><office:meta><meta:generator \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">LibreOffice/24.2</meta:generator>\
        <dc:title>Focus group, Ayr</dc:title></office:meta></office:document-meta>
        """

    /// A body as LibreOffice writes it, with a tracked deletion, a footnote, a comment, nested lists, a table with a
    /// merged cell, a frame with a text box, and white space written both ways.
    private static let body = """
        <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>\
        <office:change-info><dc:creator>Reviewer</dc:creator></office:change-info>\
        <text:p>Words taken out</text:p></text:deletion></text:changed-region></text:tracked-changes>
        <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
        <text:h text:style-name="P1" text:outline-level="1">Findings</text:h>
        <text:p text:style-name="Standard">  People   said <text:span text:style-name="T1">the   hub</text:span>
        helped.<text:s/>Twice<text:s text:c="2"/>over.<text:tab/>Then<text:line-break/>a new line.\
        <text:change text:change-id="ct1"/><text:note text:id="ftn1" text:note-class="footnote">\
        <text:note-citation>1</text:note-citation><text:note-body><text:p>Said in March.</text:p></text:note-body>\
        </text:note><office:annotation><dc:creator>Me</dc:creator><text:p>Check this</text:p></office:annotation></text:p>
        <text:h text:outline-level="8">Deep heading</text:h>
        <text:h>No level</text:h>
        <text:list text:style-name="L1"><text:list-item><text:p>First point</text:p>\
        <text:list><text:list-item><text:p>Nested point</text:p></text:list-item></text:list></text:list-item>\
        <text:list-item><text:p>Second point</text:p></text:list-item></text:list>
        <text:p/>
        <text:p>   </text:p>
        <table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>\
        <table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>Place</text:p>\
        </table:table-cell><table:table-cell><text:p>Visits</text:p></table:table-cell></table:table-row>\
        </table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned="2">\
        <text:p>Ayr and Troon</text:p><text:p>(both)</text:p></table:table-cell>\
        <table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell></table:table-row>\
        <table:table-row><table:table-cell><text:p>Irvine</text:p></table:table-cell>\
        <table:table-cell><text:p>4</text:p></table:table-cell></table:table-row></table:table>
        <text:p>Photo: <draw:frame draw:name="Image1"><draw:text-box><text:p>Caption text</text:p></draw:text-box>\
        <svg:title>Alt title</svg:title><svg:desc>Alt description</svg:desc></draw:frame>end.</text:p>
        """

    private static func content(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(namespaces)><office:automatic-styles/><office:body><office:text>
        \(body)
        </office:text></office:body></office:document-content>
        """
    }

    private static func package(
        _ body: String, mimetype: String? = "application/vnd.oasis.opendocument.text", manifest: String = manifest
    ) throws -> Data {
        var entries: [(String, String)] = []
        if let mimetype { entries.append(("mimetype", mimetype)) }
        entries += [("META-INF/manifest.xml", manifest), ("content.xml", content(body)), ("meta.xml", meta)]
        return try DocumentFixtures.zip(entries)
    }

    @Test("an OpenDocument text's blocks: headings, lists, a table, white space, notes and changes left out")
    func realisticDocument() throws {
        let document = try ODTTextExtractor.extract(Self.package(Self.body), fileName: "focus.odt")
        #expect(document.format == .odt)
        #expect(document.title == "Focus group, Ayr")
        #expect(
            document.blocks == [
                .heading(level: 1, text: "Findings"),
                .paragraph("People said the hub helped. Twice  over.\tThen\na new line."),
                .heading(level: 6, text: "Deep heading"),
                .heading(level: 1, text: "No level"),
                .listItem("First point"),
                .listItem("Nested point"),
                .listItem("Second point"),
                .paragraph("Place\tVisits"),
                .paragraph("Ayr and Troon\n(both)"),
                .paragraph("Irvine\t4"),
                .paragraph("Caption text"),
                .paragraph("Photo: end."),
            ])
    }

    @Test("a package without a mimetype entry is still read")
    func noMimetype() throws {
        let document = try ODTTextExtractor.extract(
            Self.package("<text:p>Only text</text:p>", mimetype: nil), fileName: "bare.odt")
        #expect(document.blocks == [.paragraph("Only text")])
    }

    @Test("a spreadsheet's mimetype is not an OpenDocument text")
    func wrongMimetype() throws {
        let data = try Self.package(
            "<text:p>x</text:p>", mimetype: "application/vnd.oasis.opendocument.spreadsheet")
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(data, fileName: "sheet.odt")
        }
        #expect(
            error
                == .notThatFormat(
                    fileName: "sheet.odt", format: .odt,
                    detail: "its mimetype entry says application/vnd.oasis.opendocument.spreadsheet, "
                        + "not application/vnd.oasis.opendocument.text"))
    }

    @Test("a content.xml without office:text is not an OpenDocument text")
    func noTextBody() throws {
        let xml = """
            <office:document-content \(Self.namespaces)><office:body><office:spreadsheet/></office:body>\
            </office:document-content>
            """
        let data = try DocumentFixtures.zip([("content.xml", xml)])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(data, fileName: "s.odt")
        }
        #expect(
            error
                == .notThatFormat(
                    fileName: "s.odt", format: .odt, detail: "its content.xml has no text body (office:text)"))
    }

    @Test("a manifest with encryption data means a password")
    func encrypted() throws {
        let manifest = """
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4000">\
            <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" \
            manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" \
            manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>
            """
        var entries = [("mimetype", Data("application/vnd.oasis.opendocument.text".utf8))]
        entries.append(("META-INF/manifest.xml", Data(manifest.utf8)))
        entries.append(("content.xml", Data((0..<4_000).map { UInt8(truncatingIfNeeded: $0 &* 37) })))
        let data = try DocumentFixtures.zip(bytes: entries)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(data, fileName: "locked.odt")
        }
        #expect(error == .passwordProtected(fileName: "locked.odt"))
    }

    @Test("bytes that are not a zip are not an OpenDocument text")
    func notAZip() {
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(Data([0x25, 0x50, 0x44, 0x46, 0x2D]), fileName: "x.odt")
        }
        #expect(error == .notThatFormat(fileName: "x.odt", format: .odt, detail: "it is not a zip archive"))
    }

    @Test("a zip without content.xml is not an OpenDocument text")
    func missingContent() throws {
        let data = try DocumentFixtures.zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"), ("meta.xml", Self.meta),
        ])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(data, fileName: "x.odt")
        }
        #expect(error == .notThatFormat(fileName: "x.odt", format: .odt, detail: "the zip has no content.xml"))
    }

    @Test("malformed content.xml is damaged, naming the part and the line")
    func malformedXML() throws {
        // content(_:) puts the body on line 3; the unclosed span's paragraph ends on line 4.
        let data = try Self.package("<text:p>One</text:p>\n<text:p><text:span>Two</text:p>")
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(data, fileName: "bad.odt")
        }
        #expect(
            DocumentFixtures.damagedDetail(error)?.hasPrefix("content.xml is not well-formed XML at line 4 (") == true)
    }

    @Test("a damaged meta.xml loses only the title")
    func damagedMeta() throws {
        let data = try DocumentFixtures.zip([
            ("content.xml", Self.content("<text:p>Kept</text:p>")), ("meta.xml", "<office:document-meta>"),
        ])
        let document = try ODTTextExtractor.extract(data, fileName: "m.odt")
        #expect(document.blocks == [.paragraph("Kept")])
        #expect(document.title == nil)
    }

    @Test("a document with only empty paragraphs has no text")
    func empty() throws {
        let data = try Self.package("<text:p/><text:p> </text:p>")
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(data, fileName: "e.odt")
        }
        #expect(error == .noText(fileName: "e.odt", detail: "the document's body has no text"))
    }

    @Test("content.xml larger than the limit is refused")
    func oversizedPart() throws {
        let data = try Self.package(String(repeating: "<text:p>Padding text</text:p>\n", count: 200))
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try ODTTextExtractor.extract(
                data, fileName: "big.odt", limits: DocumentArchiveLimits(maximumPartBytes: 4_000))
        }
        #expect(
            DocumentFixtures.damagedDetail(error)?.hasPrefix("the part content.xml expands to more than 4000 bytes")
                == true)
    }
}
