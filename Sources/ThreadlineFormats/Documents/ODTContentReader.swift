/// Reads the blocks of an OpenDocument text's `content.xml` (OASIS ODF 1.2 Part 1).
///
/// `text:h` is a heading of its `text:outline-level` (§5.1.2), `text:p` a paragraph (§5.1.3), or a list item inside a
/// `text:list-item` (§5.3.4). White space follows §6.1.2: tabs, line feeds and carriage returns in the XML count as
/// spaces, a run of spaces counts as one, and spaces at a paragraph's start are dropped; the characters themselves are
/// written as `text:s` (with `text:c` spaces, §6.1.3), `text:tab` and `text:line-break`.
///
/// Footnotes and endnotes (`text:note`) are left out rather than appended: their body sits in the middle of the
/// sentence that cites them, and inlining it would break that sentence for the coder. Comments
/// (`office:annotation`), the deleted text kept by tracked changes (`text:tracked-changes`), image titles and
/// descriptions, and embedded binary data are left out too.
struct ODTContentReader: DocumentXMLHandler {
    /// The blocks read.
    var blocks: [DocumentBlock] { collector.blocks }
    /// Whether the body is a text document's (`office:text`), not a spreadsheet's or a presentation's.
    private(set) var hasTextBody = false

    private static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    private static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    private static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    private static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"

    /// The most spaces one `text:s` gives; the count is the writer's to choose, so a hostile one is bounded.
    private static let maximumSpaceCount = 1_000

    private var collector = DocumentBlockCollector()
    private var skipDepth = 0
    /// The open paragraphs and headings, innermost last (a text box's paragraphs sit inside another paragraph).
    private var paragraphs: [Paragraph] = []
    private var listItemDepth = 0

    /// One paragraph or heading being read.
    private struct Paragraph {
        var text = ""
        var headingLevel: Int?
        var inList: Bool
        /// Whether a space from the XML's character data would be collapsed (the start, or just after a space).
        var collapsesSpace = true
    }

    mutating func start(_ name: String, namespace: String, attributes: [String: String]) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        switch (namespace, name) {
        case (Self.office, "text"): hasTextBody = true
        case (Self.text, "note"), (Self.text, "tracked-changes"), (Self.office, "annotation"),
            (Self.office, "binary-data"), (Self.svg, "title"), (Self.svg, "desc"), (Self.table, "covered-table-cell"):
            skipDepth = 1
        case (Self.text, "h"):
            // A heading without a level is read as level 1; ODF allows ten levels, blocks have six.
            let level = attributes["outline-level"].flatMap { Int($0) } ?? 1
            paragraphs.append(Paragraph(headingLevel: min(max(level, 1), 6), inList: listItemDepth > 0))
        case (Self.text, "p"): paragraphs.append(Paragraph(inList: listItemDepth > 0))
        case (Self.text, "list-item"): listItemDepth += 1
        case (Self.text, "s"):
            let count = attributes["c"].flatMap { Int($0) } ?? 1
            append(String(repeating: " ", count: min(max(count, 1), Self.maximumSpaceCount)))
        case (Self.text, "tab"): append("\t")
        case (Self.text, "line-break"): append("\n")
        case (Self.table, "table"): collector.startTable()
        case (Self.table, "table-row"): collector.startRow()
        case (Self.table, "table-cell"): collector.startCell()
        default: break
        }
    }

    mutating func end(_ name: String, namespace: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch (namespace, name) {
        case (Self.text, "h"), (Self.text, "p"): endParagraph()
        case (Self.text, "list-item"): listItemDepth = max(0, listItemDepth - 1)
        case (Self.table, "table"): collector.endTable()
        case (Self.table, "table-row"): collector.endRow()
        case (Self.table, "table-cell"): collector.endCell()
        default: break
        }
    }

    mutating func characters(_ text: String) {
        guard skipDepth == 0, !paragraphs.isEmpty else { return }
        var collapses = paragraphs[paragraphs.count - 1].collapsesSpace
        var kept = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if !collapses { kept.unicodeScalars.append(" ") }
                collapses = true
            } else {
                kept.unicodeScalars.append(scalar)
                collapses = false
            }
        }
        paragraphs[paragraphs.count - 1].text += kept
        paragraphs[paragraphs.count - 1].collapsesSpace = collapses
    }

    /// Adds characters written as elements (`text:s`, `text:tab`, `text:line-break`), which never collapse.
    private mutating func append(_ text: String) {
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].text += text
        paragraphs[paragraphs.count - 1].collapsesSpace = false
    }

    private mutating func endParagraph() {
        guard let paragraph = paragraphs.popLast() else { return }
        if let level = paragraph.headingLevel {
            collector.add(.heading(level: level, text: paragraph.text))
        } else if paragraph.inList {
            collector.add(.listItem(paragraph.text))
        } else {
            collector.add(.paragraph(paragraph.text))
        }
    }
}
