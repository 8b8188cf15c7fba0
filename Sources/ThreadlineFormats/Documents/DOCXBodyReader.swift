/// Reads the blocks of a `.docx`'s main part, `word/document.xml` (ECMA-376 Part 1, §17).
///
/// Text is what Word shows: the `w:t` of runs (§17.3.3), with `w:tab` as a tab and `w:br`/`w:cr` as a line break.
/// Left out are deleted text of tracked changes (`w:del`, `w:moveFrom`, `w:delText`), field instructions (`w:instrText`
/// and anything between a field's `begin` and `separate` marks, §17.16; the field's result is kept), footnote and
/// comment references, earlier formatting kept by tracked changes, and the `mc:Fallback` copy of content Word writes
/// twice for older readers. Text boxes' paragraphs become blocks of their own, after nothing else is lost.
struct DOCXBodyReader: DocumentXMLHandler {
    /// The blocks read.
    var blocks: [DocumentBlock] { collector.blocks }
    /// Whether the part's root was a WordprocessingML `w:document` (an `.xlsx` renamed `.docx` has another root).
    private(set) var isWordDocument = false

    private let styles: DOCXStyleSheet
    private var collector = DocumentBlockCollector()
    private var sawRoot = false
    /// Depth inside an element whose content is left out.
    private var skipDepth = 0
    /// The open paragraphs, innermost last (a text box's paragraphs sit inside a paragraph of the body).
    private var paragraphs: [Paragraph] = []
    private var runDepth = 0
    private var textDepth = 0
    private var paragraphPropertiesDepth = 0
    /// The complex fields open, innermost last: `true` while still in the field's instructions.
    private var fields: [Bool] = []

    /// One paragraph being read.
    private struct Paragraph {
        var text = ""
        var style: String?
        var outlineLevel: Int?
        /// Set by the paragraph's own `w:numPr`: `false` when it turns its style's numbering off with `w:numId` 0.
        var numbered: Bool?
    }

    /// Reads with the document's styles, to tell headings and list items.
    init(styles: DOCXStyleSheet) {
        self.styles = styles
    }

    /// Elements whose whole content is not text the reader sees (or is a second copy of it).
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "delInstrText", "instrText", "footnoteReference", "endnoteReference",
        "commentReference", "annotationRef", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange",
        "tcPrChange", "numberingChange",
    ]

    private var inFieldInstructions: Bool { fields.contains(true) }

    mutating func start(_ name: String, namespace: String, attributes: [String: String]) {
        if !sawRoot {
            sawRoot = true
            isWordDocument = name == "document" && DOCXNamespace.isWordprocessing(namespace)
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if namespace == DOCXNamespace.markupCompatibility, name == "Fallback" {
            skipDepth = 1
            return
        }
        guard DOCXNamespace.isWordprocessing(namespace) else { return }
        if Self.skipped.contains(name) {
            skipDepth = 1
            return
        }
        switch name {
        case "p": paragraphs.append(Paragraph())
        case "pPr": paragraphPropertiesDepth += 1
        case "pStyle" where paragraphPropertiesDepth > 0: updateParagraph { $0.style = attributes["val"] }
        case "outlineLvl" where paragraphPropertiesDepth > 0:
            updateParagraph { $0.outlineLevel = attributes["val"].flatMap { Int($0) } }
        case "numId" where paragraphPropertiesDepth > 0:
            // §17.9.18: numbering ID 0 removes the numbering a style would give.
            updateParagraph { $0.numbered = attributes["val"] != "0" }
        case "r": runDepth += 1
        case "t" where runDepth > 0: textDepth += 1
        // Tab stops (`w:tabs/w:tab`) live in paragraph properties; only a run's `w:tab` is a character.
        case "tab" where runDepth > 0 && paragraphPropertiesDepth == 0: append("\t")
        case "br", "cr": if runDepth > 0 { append("\n") }
        // A hyphen Word keeps on one line with what follows; kept as the plain hyphen a coder would search for.
        case "noBreakHyphen": if runDepth > 0 { append("-") }
        case "fldChar": field(attributes["fldCharType"])
        case "tbl": collector.startTable()
        case "tr": collector.startRow()
        case "tc": collector.startCell()
        default: break
        }
    }

    mutating func end(_ name: String, namespace: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard DOCXNamespace.isWordprocessing(namespace) else { return }
        switch name {
        case "p": endParagraph()
        case "pPr": paragraphPropertiesDepth = max(0, paragraphPropertiesDepth - 1)
        case "r": runDepth = max(0, runDepth - 1)
        case "t": textDepth = max(0, textDepth - 1)
        case "tbl": collector.endTable()
        case "tr": collector.endRow()
        case "tc": collector.endCell()
        default: break
        }
    }

    mutating func characters(_ text: String) {
        if skipDepth == 0, textDepth > 0 { append(text) }
    }

    private mutating func append(_ text: String) {
        guard !inFieldInstructions else { return }
        updateParagraph { $0.text += text }
    }

    /// Changes the innermost open paragraph, if there is one (a stray run outside any paragraph is ignored).
    private mutating func updateParagraph(_ change: (inout Paragraph) -> Void) {
        guard !paragraphs.isEmpty else { return }
        change(&paragraphs[paragraphs.count - 1])
    }

    /// A complex field's mark (§17.16.18): its instructions run from `begin` to `separate`, its result to `end`.
    private mutating func field(_ type: String?) {
        switch type {
        case "begin": fields.append(true)
        case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
        case "end": _ = fields.popLast()
        default: break
        }
    }

    private mutating func endParagraph() {
        guard let paragraph = paragraphs.popLast() else { return }
        paragraphPropertiesDepth = 0
        if let level = headingLevel(of: paragraph) {
            collector.add(.heading(level: level, text: paragraph.text))
        } else if paragraph.numbered ?? paragraph.style.map(styles.isNumbered(style:)) ?? false {
            collector.add(.listItem(paragraph.text))
        } else {
            collector.add(.paragraph(paragraph.text))
        }
    }

    /// The paragraph's own outline level first, else its style's; a numbered heading stays a heading.
    private func headingLevel(of paragraph: Paragraph) -> Int? {
        if let outline = paragraph.outlineLevel { return DOCXStyleSheet.headingLevel(outlineLevel: outline) }
        return paragraph.style.flatMap(styles.headingLevel(ofStyle:))
    }
}
