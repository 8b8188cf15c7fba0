import Foundation
import Testing
import ThreadlineFormats

@Suite("DOCXTextExtractor")
struct DOCXTextExtractorTests {
    private static let namespaces = """
        xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14 wp14"
        """

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    private static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// Styles as German Word writes them (IDs in German, names in English), a custom style with an outline level,
    /// one based on a heading, and a list style whose numbering comes from the style.
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/></w:style>
          <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>
            <w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Befund"><w:name w:val="Finding Heading"/>
            <w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Kapitel"><w:name w:val="Chapter"/>
            <w:basedOn w:val="berschrift2"/><w:rPr><w:color w:val="2F5496"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Aufzhlungszeichen"><w:name w:val="List Bullet"/>
            <w:basedOn w:val="Standard"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Listenabsatz"><w:name w:val="List Paragraph"/>
            <w:basedOn w:val="Standard"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
          <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
        </w:styles>
        """

    private static let core = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title> Interview notes: round 2 </dc:title>\
        <dc:creator>A. Evaluator</dc:creator>\
        <dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created></cp:coreProperties>
        """

    /// A body with what real Word documents hold: tracked changes, a field, footnote and comment references,
    /// numbering, a table, a text box written twice (mc:AlternateContent), empty paragraphs and tab stops.
    private static let body = """
        <w:p w:rsidR="00A1"><w:pPr><w:pStyle w:val="Titel"/></w:pPr><w:r><w:t>Evaluation interviews</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="berschrift2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>
          <w:r><w:t>Partnership working</w:t></w:r></w:p>
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>
          <w:bookmarkStart w:id="0" w:name="_start"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">We </w:t></w:r>
          <w:del w:id="1" w:author="Reviewer" w:date="2024-03-02T10:00:00Z"><w:r><w:delText>never </w:delText></w:r></w:del>
          <w:ins w:id="2" w:author="Reviewer"><w:r><w:t xml:space="preserve">often </w:t></w:r></w:ins>
          <w:proofErr w:type="spellStart"/><w:r><w:t>met</w:t></w:r><w:proofErr w:type="spellEnd"/>
          <w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>
          <w:r><w:tab/><w:t>monthly</w:t><w:br/><w:t>at the hub.</w:t></w:r>
          <w:commentRangeStart w:id="3"/><w:r><w:commentReference w:id="3"/></w:r><w:bookmarkEnd w:id="0"/></w:p>
        <w:p><w:r><w:t xml:space="preserve">See page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
          <w:r><w:instrText xml:space="preserve"> PAGEREF _start \\h </w:instrText></w:r>
          <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>
          <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Befund"/></w:pPr><w:r><w:t>Finding one</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Kapitel"/></w:pPr><w:r><w:t>Chapter two</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Listenabsatz"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>
          <w:r><w:t>Shared goals</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Aufzhlungszeichen"/></w:pPr><w:r><w:t>Trust</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Aufzhlungszeichen"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>
          <w:r><w:t>Not numbered after all</w:t></w:r></w:p>
        <w:p/>
        <w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
        <w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="2000"/></w:tblGrid>
          <w:tr><w:tc><w:p><w:r><w:t>Theme</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Count</w:t></w:r></w:p></w:tc></w:tr>
          <w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Trust</w:t></w:r></w:p>
            <w:p><w:r><w:t>(partners)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr>
          <w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>
        </w:tbl>
        <w:p><w:r><w:t xml:space="preserve">Before the box </w:t></w:r><w:r><mc:AlternateContent>
          <mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx><w:txbxContent>
            <w:p><w:r><w:t>Quote in a box</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>
          <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
            <w:p><w:r><w:t>Quote in a box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
          </mc:AlternateContent></w:r><w:r><w:t>and after.</w:t></w:r></w:p>
        <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
        """

    /// `document.xml` around `body`.
    private static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(namespaces)><w:body>
        \(body)
        </w:body></w:document>
        """
    }

    /// A package as Word writes it, with `document.xml` around `body`.
    private static func package(_ body: String, styles: String? = styles) throws -> Data {
        var entries = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
            ("word/document.xml", document(body)), ("word/_rels/document.xml.rels", documentRelationships),
            ("docProps/core.xml", core),
        ]
        if let styles { entries.append(("word/styles.xml", styles)) }
        return try DocumentFixtures.zip(entries)
    }

    @Test("a Word document's blocks: headings by style name and outline level, lists, a table, tracked changes")
    func realisticDocument() throws {
        let document = try DOCXTextExtractor.extract(Self.package(Self.body), fileName: "notes.docx")
        #expect(document.format == .docx)
        #expect(document.title == "Interview notes: round 2")
        #expect(
            document.blocks == [
                .heading(level: 1, text: "Evaluation interviews"),
                .heading(level: 2, text: "Partnership working"),
                .paragraph("We often met\tmonthly\nat the hub."),
                .paragraph("See page 3."),
                .heading(level: 3, text: "Finding one"),
                .heading(level: 2, text: "Chapter two"),
                .listItem("Shared goals"),
                .listItem("Trust"),
                .paragraph("Not numbered after all"),
                .paragraph("Theme\tCount"),
                .paragraph("Trust\n(partners)\t12"),
                .paragraph("Quote in a box"),
                .paragraph("Before the box and after."),
            ])
    }

    @Test("without styles.xml, Word's own style IDs still mark headings")
    func headingsWithoutStyleSheet() throws {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>Method</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Report</w:t></w:r></w:p>
            <w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Direct outline level</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading8"/></w:pPr><w:r><w:t>Deep</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>Body</w:t></w:r></w:p>
            """
        let document = try DOCXTextExtractor.extract(Self.package(body, styles: nil), fileName: "plain.docx")
        #expect(
            document.blocks == [
                .heading(level: 3, text: "Method"), .heading(level: 1, text: "Report"),
                .heading(level: 1, text: "Direct outline level"), .heading(level: 6, text: "Deep"),
                .paragraph("Body"),
            ])
    }

    @Test("the main part is found through the package relationships, and a title is optional")
    func mainPartByRelationship() throws {
        let relationships = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" \
            Target="/content/main.xml"/></Relationships>
            """
        let data = try DocumentFixtures.zip([
            ("_rels/.rels", relationships),
            ("content/main.xml", Self.document("<w:p><w:r><w:t>Moved</w:t></w:r></w:p>")),
        ])
        let document = try DOCXTextExtractor.extract(data, fileName: "moved.docx")
        #expect(document.blocks == [.paragraph("Moved")])
        #expect(document.title == nil)
    }

    @Test("bytes that are not a zip are not a Word document")
    func notAZip() {
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(Data("Dear team, …".utf8), fileName: "letter.docx")
        }
        #expect(error == .notThatFormat(fileName: "letter.docx", format: .docx, detail: "it is not a zip archive"))
        #expect(error?.description == "letter.docx is not a Word document (it is not a zip archive).")
        let empty = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(Data(), fileName: "empty.docx")
        }
        #expect(empty == .notThatFormat(fileName: "empty.docx", format: .docx, detail: "it is not a zip archive"))
    }

    @Test("an encrypted Word file (an OLE compound file with EncryptionInfo) is password-protected")
    func encrypted() {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 1_024)
        data += Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(count: 64)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "secret.docx")
        }
        #expect(error == .passwordProtected(fileName: "secret.docx"))
    }

    @Test("an OLE compound file without encryption is an old .doc, named as such")
    func oldWordFile() {
        let data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 2_048)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "old.docx")
        }
        guard case .notThatFormat(_, .docx, let detail)? = error else {
            Issue.record("expected notThatFormat, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("Word 97–2003"))
    }

    @Test("a zip without word/document.xml is not a Word document")
    func missingMainPart() throws {
        let data = try DocumentFixtures.zip([("readme.txt", "hello"), ("_rels/.rels", Self.packageRelationships)])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "archive.docx")
        }
        #expect(
            error == .notThatFormat(fileName: "archive.docx", format: .docx, detail: "the zip has no word/document.xml")
        )
    }

    @Test("a spreadsheet renamed .docx is refused by its main part's root element")
    func spreadsheetRenamed() throws {
        let relationships = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="xl/workbook.xml"/></Relationships>
            """
        let workbook = """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>
            """
        let data = try DocumentFixtures.zip([("_rels/.rels", relationships), ("xl/workbook.xml", workbook)])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "budget.docx")
        }
        #expect(
            error
                == .notThatFormat(
                    fileName: "budget.docx", format: .docx,
                    detail: "its main part xl/workbook.xml is not a Word document body"))
    }

    @Test("malformed XML is damaged, naming the part and the line")
    func malformedXML() throws {
        let body = """
            <w:p><w:r><w:t>One</w:t></w:r></w:p>
            <w:p><w:r><w:t>Two</w:t></w:p>
            """
        // Line 1 is the declaration, 2 the root, 3 the first paragraph: the bad end tag is on line 4.
        let data = try Self.package(body)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "broken.docx")
        }
        let detail = try #require(DocumentFixtures.damagedDetail(error))
        #expect(detail.hasPrefix("word/document.xml is not well-formed XML at line 4 ("))
        #expect(error?.description.hasPrefix("broken.docx could not be read: word/document.xml") == true)
    }

    @Test("malformed styles.xml is damaged too, naming that part")
    func malformedStyles() throws {
        let data = try Self.package("<w:p><w:r><w:t>x</w:t></w:r></w:p>", styles: "<w:styles>&nbsp;</w:styles>")
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "s.docx")
        }
        #expect(DocumentFixtures.damagedDetail(error)?.hasPrefix("word/styles.xml is not well-formed XML") == true)
    }

    @Test("a document type declaration is refused before the parser sees it")
    func doctypeRefused() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
            """
        let data = try DocumentFixtures.zip([("word/document.xml", xml)])
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "laughs.docx")
        }
        #expect(
            error
                == .damaged(
                    fileName: "laughs.docx",
                    detail: "word/document.xml declares a document type (DTD), which no word processor writes"))
    }

    @Test("a document of empty paragraphs has no text")
    func empty() throws {
        let body = "<w:p/><w:p><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p><w:sectPr/>"
        let data = try Self.package(body)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "blank.docx")
        }
        #expect(error == .noText(fileName: "blank.docx", detail: "the document's body has no text"))
    }

    @Test("a part larger than the limit is refused by its declared size")
    func oversizedPart() throws {
        let paragraphs = String(repeating: "<w:p><w:r><w:t>Padding text</w:t></w:r></w:p>\n", count: 100)
        let data = try Self.package(paragraphs)
        let limits = DocumentArchiveLimits(maximumPartBytes: 2_000)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "big.docx", limits: limits)
        }
        #expect(
            DocumentFixtures.damagedDetail(error)
                == "the part word/document.xml expands to more than 2000 bytes, more than any real document holds "
                + "(it may be a zip bomb)")
        // The same file reads within the default limits.
        #expect(try DOCXTextExtractor.extract(data, fileName: "big.docx").blocks.count == 100)
    }

    @Test("a part whose zip header understates its size is stopped while it is decompressed")
    func lyingSizeHeader() throws {
        let paragraphs = String(repeating: "<w:p><w:r><w:t>Padding text</w:t></w:r></w:p>\n", count: 100)
        var data = try DocumentFixtures.zip([("word/document.xml", Self.document(paragraphs))])
        // Local file header (PK\3\4): uncompressed size at offset 22; central directory (PK\1\2): at offset 24.
        for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] as [([UInt8], Int)]
        {
            let start = try #require(data.range(of: Data(signature))).lowerBound
            data.replaceSubrange((start + offset)..<(start + offset + 4), with: [100, 0, 0, 0])
        }
        let limits = DocumentArchiveLimits(maximumPartBytes: 2_000)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "bomb.docx", limits: limits)
        }
        #expect(DocumentFixtures.damagedDetail(error)?.contains("expands to more than 2000 bytes") == true)
    }

    @Test("the total of all parts read is limited too")
    func totalLimit() throws {
        let data = try Self.package("<w:p><w:r><w:t>Short</w:t></w:r></w:p>")
        let limits = DocumentArchiveLimits(maximumPartBytes: 10_000, maximumTotalBytes: 3_000)
        let error = DocumentFixtures.error { () throws(DocumentExtractionError) in
            try DOCXTextExtractor.extract(data, fileName: "many.docx", limits: limits)
        }
        #expect(DocumentFixtures.damagedDetail(error)?.hasPrefix("its parts expand to more than 3000 bytes") == true)
    }
}
