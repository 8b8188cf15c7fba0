/// A light reading of Markdown's block structure: enough to summarise a `.md` upload as headings, list items and
/// paragraphs, not a Markdown parser.
///
/// The syntax facts follow CommonMark 0.31: ATX headings (`#` to `######` then a space, §4.2) and setext headings (a
/// line of `=` or `-` under a paragraph, §4.3); list items marked `-`, `*`, `+` or a number with `.` or `)` then a
/// space (§5.2); fenced code (§4.5), whose lines are one paragraph and never read as headings; thematic breaks (§4.1)
/// dropped. A front matter block (`---` … `---` at the very start, as static site generators write) is skipped, and
/// its `title:` kept. Inline Markdown (emphasis, links) stays in the text as written.
struct MarkdownBlockReader {
    /// The blocks, in order.
    private(set) var blocks: [DocumentBlock] = []
    /// The front matter's title, if the file has one.
    private(set) var title: String?

    private var paragraph: [Substring] = []
    private var listItem: [Substring]?
    /// The open code fence: its character and length.
    private var fence: (character: Character, length: Int)?
    private var code: [Substring] = []

    /// Reads `lines` (without their line ends).
    init(lines: [Substring]) {
        var body = lines[...]
        if let end = Self.frontMatterEnd(lines) {
            title = Self.frontMatterTitle(lines[1..<end])
            body = lines[(end + 1)...]
        }
        for line in body { read(line) }
        if fence != nil { endCode() }
        flush()
    }

    private mutating func read(_ line: Substring) {
        if let fence {
            if Self.closes(line, fence: fence) {
                endCode()
            } else {
                code.append(line)
            }
            return
        }
        let indent = line.prefix(while: { $0 == " " }).count
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        if !DocumentBlockCollector.hasText(String(line)) {
            flush()
        } else if indent <= 3, let opened = Self.fenceOpening(trimmed) {
            flush()
            fence = opened
        } else if indent <= 3, let heading = Self.atxHeading(trimmed) {
            flush()
            if DocumentBlockCollector.hasText(heading.text) {
                blocks.append(.heading(level: heading.level, text: heading.text))
            }
        } else if indent <= 3, listItem == nil, !paragraph.isEmpty, let level = Self.setextLevel(trimmed) {
            blocks.append(.heading(level: level, text: paragraph.joined(separator: "\n")))
            paragraph = []
        } else if indent <= 3, Self.isThematicBreak(trimmed) {
            flush()
        } else if let item = Self.listItemText(trimmed) {
            flush()
            listItem = [item]
        } else if listItem != nil {
            // A line after an item, with no blank line between, continues it (CommonMark's lazy continuation).
            listItem?.append(trimmed)
        } else {
            paragraph.append(line)
        }
    }

    /// Ends the paragraph or list item being read.
    private mutating func flush() {
        if !paragraph.isEmpty {
            blocks.append(.paragraph(paragraph.joined(separator: "\n")))
            paragraph = []
        }
        if let item = listItem {
            let text = item.joined(separator: "\n")
            if DocumentBlockCollector.hasText(text) { blocks.append(.listItem(text)) }
            listItem = nil
        }
    }

    private mutating func endCode() {
        let text = code.joined(separator: "\n")
        if DocumentBlockCollector.hasText(text) { blocks.append(.paragraph(text)) }
        code = []
        fence = nil
    }

    /// The index of the line closing a front matter block that opens on the first line, if there is one.
    private static func frontMatterEnd(_ lines: [Substring]) -> Int? {
        guard lines.first == "---" else { return nil }
        return lines.indices.dropFirst().first { lines[$0] == "---" || lines[$0] == "..." }
    }

    /// The value of a `title:` line of front matter, without quotes.
    private static func frontMatterTitle(_ lines: ArraySlice<Substring>) -> String? {
        guard let line = lines.first(where: { $0.hasPrefix("title:") }) else { return nil }
        var value = line.dropFirst("title:".count).drop(while: { $0 == " " || $0 == "\t" })
        while let last = value.last, last == " " || last == "\t" { value = value.dropLast() }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = value.dropFirst().dropLast()
        }
        return value.isEmpty ? nil : String(value)
    }

    /// An ATX heading's level and text, its closing `#`s removed.
    private static func atxHeading(_ line: Substring) -> (level: Int, text: String)? {
        let level = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        var rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = rest.drop(while: { $0 == " " || $0 == "\t" })
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        // A closing sequence of #s counts only after a space (or as the whole content).
        let closing = rest.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let before = rest.dropLast(closing)
            if before.isEmpty || before.last == " " || before.last == "\t" {
                rest = before
                while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
            }
        }
        return (level, String(rest))
    }

    /// 1 for a line of `=`, 2 for a line of `-` (trailing spaces allowed).
    private static func setextLevel(_ line: Substring) -> Int? {
        var line = line
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        guard let first = line.first, first == "=" || first == "-", line.allSatisfy({ $0 == first }) else {
            return nil
        }
        return first == "=" ? 1 : 2
    }

    /// Three or more `-`, `*` or `_`, alone on the line apart from spaces.
    private static func isThematicBreak(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, first == "-" || first == "*" || first == "_" else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// The text after a list marker, or `nil` when the line does not start with one.
    private static func listItemText(_ line: Substring) -> Substring? {
        var rest = line
        if let first = rest.first, first == "-" || first == "*" || first == "+" {
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber }).count
            guard (1...9).contains(digits) else { return nil }
            rest = rest.dropFirst(digits)
            guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
            rest = rest.dropFirst()
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return rest.drop(while: { $0 == " " || $0 == "\t" })
    }

    /// A fence's character and length when `line` opens one (three or more backticks or tildes).
    private static func fenceOpening(_ line: Substring) -> (character: Character, length: Int)? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let length = line.prefix(while: { $0 == first }).count
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not contain backticks (§4.5).
        if first == "`", line.dropFirst(length).contains("`") { return nil }
        return (first, length)
    }

    /// Whether `line` closes the open fence: at least as many of its characters, then only spaces.
    private static func closes(_ line: Substring, fence: (character: Character, length: Int)) -> Bool {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3 else { return false }
        let length = trimmed.prefix(while: { $0 == fence.character }).count
        return length >= fence.length && trimmed.dropFirst(length).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
