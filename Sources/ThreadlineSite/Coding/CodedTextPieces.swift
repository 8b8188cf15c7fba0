import ThreadlineCore

/// The HTML of a source's text on the coding page: its blocks as headings, paragraphs and lists, each cut into
/// pieces wherever a visible coding, the focused passage or a style starts or ends.
///
/// Each piece (`<span>` or, when coded, `<mark>`) carries the Unicode scalar offset of its first character as
/// `data-o`, which is how the page's script turns a selection back into positions; styles (emphasis, code…) sit
/// inside pieces, so every text node has a piece above it. The line break between two blocks belongs to neither
/// and is not shown; carriage returns are left out of pieces because an HTML parser turns "\r\n" into "\n", which
/// would shift every position after it (the next piece's offset still counts them). Every character of the text
/// is escaped: the result is HTML Threadline produced, safe to place unescaped in the page.
public struct CodedTextPieces {
    /// The HTML.
    public let html: String

    /// Lays out `text` with `codings` marked.
    public init(
        text: CodableText, codings: [Coding], codeNames: [Code.ID: String], coderClasses: [Coder.ID: String],
        focus: Range<Int>? = nil
    ) {
        let blocks =
            text.blocks.isEmpty && text.length > 0
            ? [SourceBlock(kind: .paragraph, start: 0, end: text.length)] : text.blocks
        let sorted = codings.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var writer = Writer(
            text: text, sorted: sorted, codeNames: codeNames, coderClasses: coderClasses, focus: focus)
        var openList: String?
        // A transcript's blocks are its cues, in order: each shows its time (a button that plays from it) and its
        // speaker before its words, outside every piece, so they are never part of a coded passage.
        let cues = text.cueRanges.count == blocks.count ? text.cueRanges : []
        for (index, block) in blocks.enumerated() where block.start < block.end && block.end <= text.length {
            let listTag: String? =
                if case .listItem(let number) = block.kind { number == nil ? "ul" : "ol" } else { nil }
            if openList != listTag {
                if let openList { writer.html += "</\(openList)>" }
                if let listTag {
                    var start = ""
                    if case .listItem(let number?) = block.kind, number != 1 { start = " start=\"\(number)\"" }
                    writer.html += "<\(listTag)\(start)>"
                }
                openList = listTag
            }
            let (open, close) = Self.tags(of: block)
            writer.html += open
            if index < cues.count {
                let cue = cues[index].cue
                let time = TimeSpanText.clock(cue.startMs)
                writer.html +=
                    "<span class=\"cue-meta\"><button type=\"button\" class=\"cue-time\" data-ms=\"\(cue.startMs)\">"
                    + "<span class=\"visually-hidden\">Play from </span>\(time)</button>"
                if let speaker = cue.speaker, !speaker.isEmpty {
                    writer.html += " <span class=\"cue-speaker\">\(Writer.escaped(speaker)):</span>"
                }
                writer.html += " </span>"
            }
            writer.pieces(of: block)
            writer.html += close
        }
        if let openList { writer.html += "</\(openList)>" }
        html = writer.html
    }

    /// The element a block is shown as; headings start at level 3, below the page's "Text" heading.
    private static func tags(of block: SourceBlock) -> (String, String) {
        let depth = block.depth > 0 ? " class=\"depth-\(min(block.depth, 5))\"" : ""
        switch block.kind {
        case .heading(let level):
            let tag = "h\(min(6, level + 2))"
            return ("<\(tag) class=\"source-heading\">", "</\(tag)>")
        case .paragraph: return ("<p\(depth)>", "</p>")
        case .listItem(let number): return ("<li\(depth)\(number.map { " value=\"\($0)\"" } ?? "")>", "</li>")
        case .code: return ("<pre\(depth)>", "</pre>")
        case .tableRow(let isHeader):
            return ("<p class=\"table-row\(isHeader ? " table-header" : "")\">", "</p>")
        case .footnote: return ("<p class=\"source-footnote\">", "</p>")
        case .quote: return ("<blockquote\(depth)><p>", "</p></blockquote>")
        }
    }

    /// Writes pieces, keeping the codings that cover the current position as it moves along the text.
    private struct Writer {
        let text: CodableText
        let sorted: [Coding]
        let codeNames: [Code.ID: String]
        let coderClasses: [Coder.ID: String]
        let focus: Range<Int>?
        var html = ""
        var next = 0
        var active: [Coding] = []
        var focusStarted = false

        init(
            text: CodableText, sorted: [Coding], codeNames: [Code.ID: String], coderClasses: [Coder.ID: String],
            focus: Range<Int>?
        ) {
            self.text = text
            self.sorted = sorted
            self.codeNames = codeNames
            self.coderClasses = coderClasses
            self.focus = focus
            html.reserveCapacity(text.text.utf8.count * 2)
        }

        mutating func pieces(of block: SourceBlock) {
            var cuts: Set<Int> = [block.start, block.end]
            func cut(_ position: Int) {
                if block.start < position, position < block.end { cuts.insert(position) }
            }
            for run in block.styles {
                cut(run.start)
                cut(run.end)
            }
            // Codings that reach into this block: those already active, and those starting before its end.
            var probe = next
            while probe < sorted.count, sorted[probe].start < block.end {
                cut(sorted[probe].start)
                cut(sorted[probe].end)
                probe += 1
            }
            for coding in active {
                cut(coding.start)
                cut(coding.end)
            }
            if let focus {
                cut(focus.lowerBound)
                cut(focus.upperBound)
            }
            for index in block.start..<block.end where text.scalars[index] == "\r" {
                cut(index)
                cut(index + 1)
            }
            let bounds = cuts.sorted()
            for (lower, upper) in zip(bounds, bounds.dropFirst()) where lower < upper {
                piece(lower, upper, style: block.styles.first { $0.start <= lower && upper <= $0.end }?.style ?? [])
            }
        }

        private mutating func piece(_ lower: Int, _ upper: Int, style: SourceTextStyle) {
            while next < sorted.count, sorted[next].start <= lower {
                active.append(sorted[next])
                next += 1
            }
            active.removeAll { $0.end <= lower }
            let covering = active.filter { $0.start <= lower && upper <= $0.end }
            let isFocus = focus.map { $0.lowerBound <= lower && upper <= $0.upperBound } ?? false
            guard !covering.isEmpty || isFocus else {
                html += "<span data-o=\"\(lower)\">"
                content(lower, upper, style: style)
                html += "</span>"
                return
            }
            let codeIDs = Array(Set(covering.map(\.codeID))).sorted()
            let coderIDs = Array(Set(covering.map(\.coderID))).sorted()
            var classes = codeIDs.first.map { ["coded", "code-\($0)"] } ?? []
            if codeIDs.count > 1 { classes.append("codes-several") }
            if coderIDs.count > 1 {
                classes.append("coders-several")
            } else if let coder = coderIDs.first, let coderClass = coderClasses[coder] {
                classes.append(coderClass)
            }
            if isFocus { classes.append("passage-focus") }
            var attributes = "class=\"\(classes.joined(separator: " "))\" data-o=\"\(lower)\""
            if isFocus, !focusStarted {
                attributes += " id=\"passage\" tabindex=\"-1\""
                focusStarted = true
            }
            let names = codeIDs.compactMap { codeNames[$0] }
            if !names.isEmpty {
                attributes += " title=\"\(Self.escaped("Coded: " + names.joined(separator: ", ")))\""
                attributes += " data-codings=\"\(covering.map(\.id.description).joined(separator: " "))\""
            }
            html += "<mark \(attributes)>"
            content(lower, upper, style: style)
            html += "</mark>"
        }

        /// Writes the text from `lower` to `upper`, escaped and without carriage returns, inside its style's
        /// elements. The words are copied from the text's UTF-8 in runs between the characters that need escaping:
        /// a long document is mostly such runs, and building it a character at a time was most of the page's time.
        private mutating func content(_ lower: Int, _ upper: Int, style: SourceTextStyle) {
            var used: [(open: String, close: String)] = []
            if !style.isEmpty {
                // The elements nest in this order, the first outermost.
                let wrappers: [(SourceTextStyle, open: String, close: String)] = [
                    (.superscript, "<sup>", "</sup>"), (.link, "<span class=\"source-link\">", "</span>"),
                    (.strikethrough, "<s>", "</s>"), (.strong, "<strong>", "</strong>"), (.emphasis, "<em>", "</em>"),
                    (.code, "<code>", "</code>"),
                ]
                used = wrappers.filter { style.contains($0.0) }.map { ($0.open, $0.close) }
            }
            for wrapper in used { html += wrapper.open }
            Self.appendEscaped(text.excerpt(start: lower, end: upper) ?? "", to: &html, droppingCarriageReturns: true)
            for wrapper in used.reversed() { html += wrapper.close }
        }

        /// Appends `text` to `output` with `&`, `<`, `>`, `"` and `'` escaped, and carriage returns left out when
        /// asked (the text's pieces leave them out, see the type's comment).
        static func appendEscaped(_ text: String, to output: inout String, droppingCarriageReturns: Bool) {
            let bytes = text.utf8
            var runStart = bytes.startIndex
            var index = runStart
            while index != bytes.endIndex {
                let replacement: String? =
                    switch bytes[index] {
                    case UInt8(ascii: "&"): "&amp;"
                    case UInt8(ascii: "<"): "&lt;"
                    case UInt8(ascii: ">"): "&gt;"
                    case UInt8(ascii: "\""): "&quot;"
                    case UInt8(ascii: "'"): "&#39;"
                    case UInt8(ascii: "\r") where droppingCarriageReturns: ""
                    default: nil
                    }
                if let replacement {
                    // Every byte looked for is ASCII, so both ends of the run fall between characters.
                    output += text[runStart..<index]
                    output += replacement
                    runStart = bytes.index(after: index)
                }
                index = bytes.index(after: index)
            }
            output += text[runStart..<bytes.endIndex]
        }

        /// `text` escaped for HTML text or a quoted attribute.
        static func escaped(_ text: String) -> String {
            var result = ""
            result.reserveCapacity(text.utf8.count)
            appendEscaped(text, to: &result, droppingCarriageReturns: false)
            return result
        }
    }
}
