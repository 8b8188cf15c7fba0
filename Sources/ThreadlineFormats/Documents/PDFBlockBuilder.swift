/// Gathers lines into blocks as ``PDFTextLayout`` reads them: headings, paragraphs and list items, with words split
/// by a hyphen at a line's end joined again.
struct PDFBlockBuilder {
    private enum Kind: Equatable {
        case paragraph
        case listItem
        case heading(Int)
    }

    /// Marks that start a bulleted list item when the line starts with one.
    private static let bullets: Set<Character> = ["•", "◦", "▪", "‣", "●", "○", "■", "□", "➢", "►", "\u{F0B7}"]
    /// Marks that start a list item only when a space follows, since they also start ordinary words or numbers.
    private static let dashes: Set<Character> = ["-", "–", "—", "*"]

    private var blocks: [DocumentBlock] = []
    private var kind: Kind?
    private var text = ""
    private var startX = 0.0
    private var lastLine: PDFTextLayout.Line?

    /// Adds the next line in reading order.
    mutating func add(_ line: PDFTextLayout.Line, headingLevel: Int?, closeToPrevious: Bool) {
        defer { lastLine = line }
        if let headingLevel {
            if kind == .heading(headingLevel), closeToPrevious {
                append(line.text)
            } else {
                start(.heading(headingLevel), line.text, at: line.x)
            }
            return
        }
        if let item = Self.listItemText(line.text) {
            start(.listItem, item, at: line.x)
            return
        }
        switch kind {
        case .paragraph? where closeToPrevious:
            append(line.text)
        case .listItem? where closeToPrevious && line.x > startX + 0.5 * line.fontSize:
            // A hanging indent continues the item; a line back at the margin is the text after the list.
            append(line.text)
        case .paragraph? where continuesOnNewPage(line):
            append(line.text)
        default:
            start(.paragraph, line.text, at: line.x)
        }
    }

    /// The blocks so far, the open one closed.
    mutating func finish() -> [DocumentBlock] {
        flush()
        return blocks
    }

    /// A paragraph cut by a page break: the first line of a page starting in lower case after a line that ends
    /// without closing punctuation.
    private func continuesOnNewPage(_ line: PDFTextLayout.Line) -> Bool {
        guard let lastLine, lastLine.page != line.page, let first = line.text.first, first.isLowercase,
            let last = text.last
        else { return false }
        return !".!?:;".contains(last)
    }

    /// The text of a list item when the line starts one: a bullet taken off, a number kept.
    static func listItemText(_ line: String) -> String? {
        guard let first = line.first else { return nil }
        let rest = line.dropFirst()
        if bullets.contains(first) || (dashes.contains(first) && rest.first == " ") {
            let item = rest.drop { $0.isWhitespace }
            return item.isEmpty ? nil : String(item)
        }
        // "1. ", "12) ", "a) ".
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        var afterMark = line.dropFirst(digits.count)
        if digits.isEmpty, let letter = line.first, letter.isASCII, letter.isLowercase {
            afterMark = rest
            guard afterMark.first == ")" else { return nil }
        } else {
            guard (1...3).contains(digits.count), afterMark.first == "." || afterMark.first == ")" else { return nil }
        }
        afterMark = afterMark.dropFirst()
        guard afterMark.first == " ", afterMark.contains(where: { !$0.isWhitespace }) else { return nil }
        return line
    }

    private mutating func start(_ kind: Kind, _ text: String, at x: Double) {
        flush()
        self.kind = kind
        self.text = text
        startX = x
    }

    /// Joins a line to the open block: a word split by a hyphen at the line's end is joined again when the next line
    /// goes on in lower case; otherwise the lines are joined with a space.
    private mutating func append(_ next: String) {
        if text.last == "\u{00AD}" {
            text.removeLast()
            text += next
            return
        }
        if text.last == "-", text.count >= 2, text.dropLast().last?.isLetter == true,
            next.first?.isLowercase == true
        {
            text.removeLast()
            text += next
            return
        }
        text += " " + next
    }

    private mutating func flush() {
        defer {
            kind = nil
            text = ""
        }
        guard let kind, !text.isEmpty else { return }
        switch kind {
        case .paragraph: blocks.append(.paragraph(text))
        case .listItem: blocks.append(.listItem(text))
        case .heading(let level): blocks.append(.heading(level: level, text: text))
        }
    }
}
