import Foundation

/// A fully parsed document: the block tree, the inline nodes of its leaf blocks, and its footnotes.
struct MarkdownDocument {
    let blocks: BlockTree
    let arena: InlineArena
    /// Footnote definitions (indices into `blocks`) by normalised label.
    let footnotes: [String: Int]

    /// Parses `markdown` completely: blocks first, then the inline content of every leaf block, since link
    /// references and footnotes may be defined after they are used.
    static func parse(_ markdown: String, options: MarkdownOptions) -> MarkdownDocument {
        var input = Array(markdown.utf8)
        let hasNUL = input.withUnsafeBufferPointer { buffer in
            // `memchr` scans many bytes per step; NUL bytes are almost never present.
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
        if hasNUL {
            // U+0000 is replaced for security, as CommonMark requires.
            input = input.flatMap { $0 == 0 ? [0xEF, 0xBF, 0xBD] : [$0] }
        }
        var blockParser = BlockParser(options: options)
        var blocks = blockParser.parse(input)
        var inlineParser = InlineParser(
            options: options, references: blockParser.references, footnoteLabels: Set(blockParser.footnotes.keys))
        inlineParser.arena.reserveCapacity(forInput: input.count)
        parseInlines(in: &blocks, with: &inlineParser, options: options)
        return MarkdownDocument(blocks: blocks, arena: inlineParser.arena, footnotes: blockParser.footnotes)
    }

    /// Parses the inline content of every leaf block. Blocks were appended to `nodes` as they were opened, so
    /// walking the array in order visits them in document order without recursion; blocks dropped from the tree
    /// (emptied paragraphs, paragraphs that became headings or tables) are parsed too but never rendered.
    private static func parseInlines(
        in blocks: inout BlockTree, with parser: inout InlineParser, options: MarkdownOptions
    ) {
        for index in blocks.nodes.indices {
            switch blocks.nodes[index].kind {
            case .paragraph, .heading:
                blocks.nodes[index].inlineRoot = parser.parse(blocks.content(of: index))
            case .table:
                let table = blocks.nodes[index].table
                blocks.tables[table].cellRoots = blocks.tables[table].rows.map { row in
                    row.map { parser.parse($0[...]) }
                }
            case .item where options.extensions:
                detectTask(in: index, of: &blocks)
            default:
                break
            }
        }
    }

    /// GFM task list items: an item whose first paragraph starts with `[ ]`, `[x]` or `[X]` and a space.
    private static func detectTask(in item: Int, of blocks: inout BlockTree) {
        let paragraph = blocks.nodes[item].firstChild
        guard paragraph != -1, blocks.nodes[paragraph].kind == .paragraph else { return }
        let content = blocks.content(of: paragraph)
        let start = content.startIndex
        guard content.count >= 4, content[start] == UInt8(ascii: "["), content[start + 2] == UInt8(ascii: "]"),
            CharacterClass.isSpaceOrTab(content[start + 3])
        else { return }
        let state: TaskState
        switch content[start + 1] {
        case UInt8(ascii: " "): state = .unchecked
        case UInt8(ascii: "x"), UInt8(ascii: "X"): state = .checked
        default: return
        }
        blocks.nodes[item].task = state
        blocks.nodes[paragraph].task = state
        blocks.nodes[paragraph].content = (start + 4)..<content.endIndex
    }
}
