/// Renders a parsed document as a `ReadingText`: the plain text that coding counts in, cut into styled blocks.
///
/// It follows the plain-text renderer's choices (soft breaks are spaces, hard breaks line breaks, raw HTML is
/// dropped, images give their alt text, table cells are separated by tabs, footnotes follow the text with their
/// numbers) so that what a coder selects on the page and what search and excerpts show read the same. Blocks that
/// give no text (a thematic break, a paragraph of raw HTML only) are left out altogether, so no empty line can be
/// coded.
struct ReadingTextRenderer {
    private let document: MarkdownDocument
    private let blocks: BlockTree
    private let footnotes = FootnoteNumbering()
    private var output: [UInt8] = []
    /// Scalars in `output` so far; positions are counted in scalars, output is kept as UTF-8.
    private var scalarCount = 0
    private var readingBlocks: [ReadingBlock] = []
    private var quoteDepth = 0
    private var listDepth = 0

    init(document: MarkdownDocument) {
        self.document = document
        self.blocks = document.blocks
    }

    mutating func render() -> ReadingText {
        renderBlock(BlockTree.document, itemNumber: nil)
        renderFootnotes()
        return ReadingText(text: String(decoding: output, as: UTF8.self), blocks: readingBlocks)
    }

    private mutating func renderBlock(_ index: Int, itemNumber: Int?) {
        let block = blocks[index]
        switch block.kind {
        case .document:
            renderChildren(of: index)
        case .blockQuote:
            quoteDepth += 1
            renderChildren(of: index)
            quoteDepth -= 1
        case .list:
            listDepth += 1
            var number = block.listMarker.start
            for child in blocks.children(of: index) {
                renderBlock(child, itemNumber: block.listMarker.isOrdered ? number : nil)
                number += 1
            }
            listDepth -= 1
        case .item:
            var isFirst = true
            for child in blocks.children(of: index) {
                if isFirst, blocks[child].kind == .paragraph {
                    let root = blocks[child].inlineRoot
                    leaf(.listItem(number: itemNumber)) { $0.appendInlines(root, style: []) }
                } else {
                    renderBlock(child, itemNumber: nil)
                }
                isFirst = false
            }
        case .paragraph:
            leaf(.paragraph) { $0.appendInlines(block.inlineRoot, style: []) }
        case .heading:
            leaf(.heading(level: max(1, min(6, block.headingLevel)))) { $0.appendInlines(block.inlineRoot, style: []) }
        case .thematicBreak, .footnoteDefinition:
            break
        case .codeBlock:
            var content = blocks.text[block.content]
            while content.last == CharacterClass.newline { content.removeLast() }
            leaf(.code) { $0.append(content, style: .code) }
        case .htmlBlock:
            for line in Self.htmlBlockLines(blocks.text[block.content]) {
                leaf(.paragraph) { $0.append(line[...], style: []) }
            }
        case .table:
            for (row, cells) in blocks.tables[block.table].cellRoots.enumerated() {
                leaf(.tableRow(isHeader: row == 0)) { renderer in
                    for (column, cell) in cells.enumerated() {
                        if column > 0 { renderer.append([CharacterClass.tab][...], style: []) }
                        renderer.appendInlines(cell, style: [])
                    }
                }
            }
        }
    }

    private mutating func renderChildren(of index: Int) {
        for child in blocks.children(of: index) { renderBlock(child, itemNumber: nil) }
    }

    /// Adds one block whose text `fill` appends; a block that gets no text is taken back, separator and all.
    private mutating func leaf(_ kind: ReadingBlockKind, fill: (inout ReadingTextRenderer) -> Void) {
        let savedBytes = output.count
        let savedScalars = scalarCount
        if !readingBlocks.isEmpty { append([CharacterClass.newline][...], style: nil) }
        let start = scalarCount
        pendingSpans = []
        fill(&self)
        guard scalarCount > start else {
            output.removeSubrange(savedBytes...)
            scalarCount = savedScalars
            return
        }
        readingBlocks.append(
            ReadingBlock(
                kind: kind, quoteDepth: quoteDepth, listDepth: listDepth, start: start, end: scalarCount,
                spans: pendingSpans))
    }

    private var pendingSpans: [ReadingSpan] = []

    /// Appends bytes in one style; `nil` style marks the separator between blocks, which belongs to no span.
    private mutating func append(_ bytes: ArraySlice<UInt8>, style: ReadingStyle?) {
        guard !bytes.isEmpty else { return }
        let start = scalarCount
        output.append(contentsOf: bytes)
        for byte in bytes where byte & 0xC0 != 0x80 { scalarCount += 1 }
        guard let style else { return }
        if let last = pendingSpans.last, last.style == style, last.end == start {
            pendingSpans[pendingSpans.count - 1].end = scalarCount
        } else {
            pendingSpans.append(ReadingSpan(start: start, end: scalarCount, style: style))
        }
    }

    /// Appends an inline subtree's text with the styles of the nodes around each run. The walk is iterative, as
    /// in `InlineText`, because nesting depth is controlled by the input.
    private mutating func appendInlines(_ root: Int, style: ReadingStyle) {
        guard root != -1 else { return }
        let arena = document.arena
        var parents: [(node: Int, style: ReadingStyle)] = []
        var current = arena[root].firstChild
        var currentStyle = style
        while true {
            if current == -1 {
                guard let parent = parents.popLast() else { return }
                current = arena[parent.node].next
                currentStyle = parent.style
                continue
            }
            let node = arena[current]
            switch node.kind {
            case .text:
                append(arena.bytes[node.text], style: currentStyle)
            case .code:
                append(arena.bytes[node.text], style: currentStyle.union(.code))
            case .rawHTML:
                break
            case .softBreak:
                append([CharacterClass.space][...], style: currentStyle)
            case .hardBreak:
                append([CharacterClass.newline][...], style: currentStyle)
            case .footnoteReference:
                let number = footnotes.reference(String(decoding: arena.bytes[node.text], as: UTF8.self)).number
                append(Array("[\(number)]".utf8)[...], style: currentStyle.union(.footnoteReference))
            case .root, .emphasis, .strong, .strikethrough, .link, .image:
                if node.firstChild != -1 {
                    parents.append((current, currentStyle))
                    currentStyle = currentStyle.union(Self.style(of: node.kind))
                    current = node.firstChild
                    continue
                }
            }
            current = node.next
        }
    }

    private static func style(of kind: InlineKind) -> ReadingStyle {
        switch kind {
        case .emphasis: .emphasis
        case .strong: .strong
        case .strikethrough: .strikethrough
        case .link: .link
        case .image: .imageAlternative
        default: []
        }
    }

    private mutating func renderFootnotes() {
        var index = 0
        while index < footnotes.order.count {
            let label = footnotes.order[index]
            index += 1
            guard let definition = document.footnotes[label] else { continue }
            let number = index
            leaf(.footnote(number: number)) { renderer in
                renderer.append(Array("[\(number)] ".utf8)[...], style: .footnoteReference)
                var isFirst = true
                for child in renderer.blocks.children(of: definition) where renderer.blocks[child].kind == .paragraph {
                    if !isFirst { renderer.append([CharacterClass.space][...], style: []) }
                    renderer.appendInlines(renderer.blocks[child].inlineRoot, style: [])
                    isFirst = false
                }
            }
        }
    }

    /// The text lines of an HTML block: tags, comments and the bodies of scripts and styles are markup, not text.
    static func htmlBlockLines(_ content: ArraySlice<UInt8>) -> [[UInt8]] {
        let lowered = content.prefix(8).map(CharacterClass.lowercased)
        if lowered.starts(with: Array("<script".utf8)) || lowered.starts(with: Array("<style".utf8)) {
            return []
        }
        var text: [UInt8] = []
        var insideTag = false
        for byte in content {
            if insideTag {
                if byte == UInt8(ascii: ">") { insideTag = false }
            } else if byte == UInt8(ascii: "<") {
                insideTag = true
            } else {
                text.append(byte)
            }
        }
        let decoded = EntityDecoder.decodeReferences(text[...])
        return decoded.split(separator: CharacterClass.newline).compactMap { line in
            let trimmed = line.drop(while: CharacterClass.isSpaceOrTab)
            return trimmed.isEmpty ? nil : Array(trimmed)
        }
    }
}
