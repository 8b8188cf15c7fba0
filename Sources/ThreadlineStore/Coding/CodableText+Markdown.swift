public import ThreadlineCore
import ThreadlineMarkdown

extension CodableText {
    /// The text of a Markdown source as a coder reads it: the plain text its rendering gives, laid out in the
    /// rendering's headings, paragraphs, lists and styles (see `ReadingText`).
    public init(markdown: String) {
        let reading = MarkdownRenderer().readingText(markdown)
        self.init(text: reading.text, blocks: reading.blocks.map(Self.sourceBlock))
    }

    private static func sourceBlock(_ block: ReadingBlock) -> SourceBlock {
        let kind: SourceBlockKind
        var depth = block.quoteDepth + max(0, block.listDepth - 1)
        switch block.kind {
        case .heading(let level): kind = .heading(level: level)
        case .paragraph: kind = block.quoteDepth > 0 ? .quote : .paragraph
        case .listItem(let number): kind = .listItem(number: number)
        case .code: kind = .code
        case .tableRow(let isHeader): kind = .tableRow(isHeader: isHeader)
        case .footnote:
            kind = .footnote
            depth = 0
        }
        let styles = block.spans.compactMap { span -> SourceStyleRun? in
            let style = sourceStyle(span.style)
            return style.isEmpty ? nil : SourceStyleRun(start: span.start, end: span.end, style: style)
        }
        return SourceBlock(kind: kind, depth: depth, start: block.start, end: block.end, styles: styles)
    }

    private static func sourceStyle(_ style: ReadingStyle) -> SourceTextStyle {
        var result: SourceTextStyle = []
        if style.contains(.emphasis) || style.contains(.imageAlternative) { result.insert(.emphasis) }
        if style.contains(.strong) { result.insert(.strong) }
        if style.contains(.code) { result.insert(.code) }
        if style.contains(.strikethrough) { result.insert(.strikethrough) }
        if style.contains(.link) { result.insert(.link) }
        if style.contains(.footnoteReference) { result.insert(.superscript) }
        return result
    }
}
