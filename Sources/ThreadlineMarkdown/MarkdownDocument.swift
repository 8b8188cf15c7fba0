/// A fully parsed document: the block tree, the inline nodes of its leaf blocks, and its footnotes.
struct MarkdownDocument {
    let root: BlockNode
    let arena: InlineArena
    /// Footnote definitions by normalised label.
    let footnotes: [String: BlockNode]

    /// Parses `markdown` completely: blocks first, then the inline content of every leaf block, since link
    /// references and footnotes may be defined after they are used.
    static func parse(_ markdown: String, options: MarkdownOptions) -> MarkdownDocument {
        var input = Array(markdown.utf8)
        if input.contains(0) {
            // U+0000 is replaced for security, as CommonMark requires.
            input = input.flatMap { $0 == 0 ? [0xEF, 0xBF, 0xBD] : [$0] }
        }
        var blockParser = BlockParser(options: options)
        let root = blockParser.parse(input)
        var inlineParser = InlineParser(
            options: options, references: blockParser.references, footnoteLabels: Set(blockParser.footnotes.keys))
        parseInlines(in: root, with: &inlineParser, options: options)
        return MarkdownDocument(root: root, arena: inlineParser.arena, footnotes: blockParser.footnotes)
    }

    private static func parseInlines(in block: BlockNode, with parser: inout InlineParser, options: MarkdownOptions) {
        switch block.kind {
        case .paragraph, .heading:
            block.inlineRoot = parser.parse(block.content)
        case .table:
            block.tableCellRoots = block.tableRows.map { row in row.map { parser.parse($0) } }
        case .item:
            if options.extensions {
                detectTask(in: block)
            }
            fallthrough
        default:
            for child in block.children {
                parseInlines(in: child, with: &parser, options: options)
            }
        }
    }

    /// GFM task list items: an item whose first paragraph starts with `[ ]`, `[x]` or `[X]` and a space.
    private static func detectTask(in item: BlockNode) {
        guard let paragraph = item.children.first, paragraph.kind == .paragraph else { return }
        let content = paragraph.content
        guard content.count >= 4, content[0] == UInt8(ascii: "["), content[2] == UInt8(ascii: "]"),
            CharacterClass.isSpaceOrTab(content[3])
        else { return }
        let state: TaskState
        switch content[1] {
        case UInt8(ascii: " "): state = .unchecked
        case UInt8(ascii: "x"), UInt8(ascii: "X"): state = .checked
        default: return
        }
        item.task = state
        paragraph.task = state
        paragraph.content.removeFirst(4)
    }
}
