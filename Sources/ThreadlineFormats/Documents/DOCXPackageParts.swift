/// The fixed parts of the package ``DOCXDocumentWriter`` writes, beside `word/document.xml`.
///
/// Part names, content types and relationship types are those of ECMA-376 Part 2 (Open Packaging Conventions) and
/// Part 1, §11.3 (WordprocessingML parts), in their transitional spelling, which every word processor reads.
enum DOCXPackageParts {
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Every part of the package in the order written, `[Content_Types].xml` first as Office writes it.
    static func parts(title: String, document: String) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("docProps/core.xml", coreProperties(title: title)),
        ]
    }

    private static let contentTypes =
        declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/numbering.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
            <Override PartName="/docProps/core.xml" \
            ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>

            """

    private static let packageRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationshipTypes)/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" \
            Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
            Target="docProps/core.xml"/>\
            </Relationships>

            """

    private static let documentRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationshipTypes)/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="\(relationshipTypes)/numbering" Target="numbering.xml"/>\
            </Relationships>

            """

    /// Normal, Title, Heading 1–6 (with outline levels, so Word's navigation pane lists them) and List Bullet.
    private static var styles: String {
        let sizes = [32, 26, 24, 22, 22, 22]  // half-points
        let headings = (1...6).map { level in
            """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/>\
            <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="\(level - 1)"/></w:pPr>\
            <w:rPr><w:b/><w:sz w:val="\(sizes[level - 1])"/></w:rPr></w:style>
            """
        }
        return declaration + """
            <w:styles xmlns:w="\(DOCXNamespace.transitional)">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>\
            <w:rPr><w:sz w:val="48"/></w:rPr></w:style>
            \(headings.joined(separator: "\n"))
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
            </w:styles>

            """
    }

    /// One bullet list definition (§17.9), used by the List Bullet style.
    private static let numbering =
        declaration + """
            <w:numbering xmlns:w="\(DOCXNamespace.transitional)">\
            <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{2022}"/>\
            <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
            </w:numbering>

            """

    /// The core properties (ECMA-376 Part 2, §11): only the title, since dates would make the output vary.
    private static func coreProperties(title: String) -> String {
        let titleElement =
            DocumentBlockCollector.hasText(title) ? "<dc:title>\(XMLText.content(title))</dc:title>" : ""
        return declaration + """
            <cp:coreProperties \
            xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/">\(titleElement)</cp:coreProperties>

            """
    }
}
