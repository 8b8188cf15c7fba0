/// Renders a parsed document as plain text for search indexes, feed summaries and meta descriptions.
///
/// No markup survives: emphasis and links keep only their text, images their alt text, raw HTML is dropped,
/// and character references are already decoded by the parser. Each block starts on a new line; soft line
/// breaks inside a paragraph become spaces because they are not meaningful in the source.
///
/// A value type whose methods mutate it in place, so appending to `output` needs no runtime exclusivity check.
struct PlainTextRenderer {
    private let document: MarkdownDocument
    private let blocks: BlockTree
    private var output: [UInt8] = []
    private let footnotes = FootnoteNumbering()
    private let inlineText = InlineText(
        softBreak: [CharacterClass.space], hardBreak: [CharacterClass.newline],
        includesRawHTML: false)
    /// Set after a footnote's `[n] ` prefix so its first block continues that line.
    private var continuesLine = false

    init(document: MarkdownDocument) {
        self.document = document
        self.blocks = document.blocks
    }

    mutating func render() -> String {
        renderBlock(BlockTree.document)
        renderFootnotes()
        while let last = output.last, CharacterClass.isASCIIWhitespace(last) { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func newline() {
        if continuesLine {
            continuesLine = false
            return
        }
        while let last = output.last, CharacterClass.isSpaceOrTab(last) { output.removeLast() }
        if let last = output.last, last != CharacterClass.newline {
            output.append(CharacterClass.newline)
        }
    }

    private mutating func renderBlock(_ index: Int) {
        let block = blocks[index]
        switch block.kind {
        case .document, .blockQuote, .list, .item:
            for child in blocks.children(of: index) { renderBlock(child) }
        case .paragraph, .heading:
            newline()
            renderInlines(block.inlineRoot)
        case .thematicBreak:
            newline()
        case .codeBlock:
            newline()
            var content = blocks.text[block.content]
            while content.last == CharacterClass.newline { content.removeLast() }
            output.append(contentsOf: content)
        case .htmlBlock:
            appendHTMLBlockText(blocks.text[block.content])
        case .table:
            for row in blocks.tables[block.table].cellRoots {
                newline()
                for (column, cell) in row.enumerated() {
                    if column > 0 { output.append(CharacterClass.tab) }
                    renderInlines(cell)
                }
            }
        case .footnoteDefinition:
            break
        }
    }

    private mutating func renderInlines(_ root: Int) {
        guard root != -1 else { return }
        inlineText.append(childrenOf: root, in: document.arena, to: &output) { [footnotes] label in
            Array("[\(footnotes.reference(label).number)]".utf8)
        }
    }

    private mutating func renderFootnotes() {
        var index = 0
        while index < footnotes.order.count {
            let label = footnotes.order[index]
            index += 1
            newline()
            output.append(contentsOf: Array("[\(index)] ".utf8))
            continuesLine = true
            if let definition = document.footnotes[label] {
                for child in blocks.children(of: definition) { renderBlock(child) }
            }
            continuesLine = false
        }
    }

    /// The text of an HTML block, one line per non-empty line (see `ReadingTextRenderer.htmlBlockLines`).
    private mutating func appendHTMLBlockText(_ content: ArraySlice<UInt8>) {
        for line in ReadingTextRenderer.htmlBlockLines(content) {
            newline()
            output.append(contentsOf: line)
        }
    }
}
