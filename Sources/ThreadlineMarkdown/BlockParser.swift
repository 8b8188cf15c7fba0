/// Builds the block tree from Markdown source, one line at a time (CommonMark's block parsing strategy).
///
/// Each line first walks the open containers to see which still continue, then looks for new block starts,
/// then either extends a paragraph lazily or adds its remaining text to the deepest open block. Tabs are
/// handled as columns (a tab advances to the next multiple of four) and may be consumed partially, which is
/// what the `offset`, `column` and `partiallyConsumedTab` state tracks.
///
/// A value type whose methods mutate it in place: the line state is read for nearly every byte, and a class's
/// stored properties would pay a runtime exclusivity check on each of those accesses.
struct BlockParser {
    /// Containers nested deeper than this stop opening new containers, so hostile input such as thousands of
    /// `>` cannot build a tree deep enough to exhaust the stack when it is rendered or released.
    static let maxContainerDepth = 64
    static let codeIndent = 4

    static let document = BlockTree.document

    let options: MarkdownOptions
    /// The blocks built so far; `parse(_:)` hands it over when done.
    var tree = BlockTree()
    private(set) var references = LinkReferenceMap()
    /// Footnote definitions (block indices) by normalised label; the first definition of a label wins.
    private(set) var footnotes: [String: Int] = [:]

    /// The deepest open block, by index into `tree`.
    var tip = BlockParser.document
    var oldTip = BlockParser.document
    var lastMatchedContainer = BlockParser.document
    var allClosed = true

    var line: [UInt8] = []
    var lineNumber = 0
    var offset = 0
    var column = 0
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var blank = false
    var partiallyConsumedTab = false
    /// Set by block starts that consume their whole line (fences, table delimiter rows) so it is not added
    /// as content.
    var lineConsumed = false

    init(options: MarkdownOptions) {
        self.options = options
    }

    /// Parses the whole input and returns the finished document tree, leaving this parser's tree empty (so the
    /// caller holds the only reference to its storage and can edit it without a copy).
    mutating func parse(_ input: [UInt8]) -> BlockTree {
        // Leaf text is at most the input, so the buffer is sized once instead of growing step by step.
        tree.text.reserveCapacity(input.count)
        var lineStart = 0
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte == CharacterClass.newline || byte == CharacterClass.carriageReturn {
                incorporateLine(input[lineStart..<index])
                let isCRLF =
                    byte == CharacterClass.carriageReturn && index + 1 < count
                    && input[index + 1] == CharacterClass.newline
                if isCRLF { index += 1 }
                index += 1
                lineStart = index
            } else {
                index += 1
            }
        }
        if lineStart < count {
            incorporateLine(input[lineStart..<count])
        }
        while tip != Self.document {
            finalize(tip)
        }
        finalize(Self.document)
        var finished = BlockTree.empty
        swap(&finished, &tree)
        return finished
    }

    // MARK: - Line state

    mutating func findNextNonspace() {
        var index = offset
        var columns = column
        while index < line.count {
            let byte = line[index]
            if byte == CharacterClass.space {
                index += 1
                columns += 1
            } else if byte == CharacterClass.tab {
                index += 1
                columns += 4 - (columns % 4)
            } else {
                break
            }
        }
        blank = index >= line.count
        nextNonspace = index
        nextNonspaceColumn = columns
        indent = columns - column
    }

    mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    /// Advances by `count` characters, or by `count` columns when `columns` is true (a tab may then be only
    /// partly consumed, leaving its remaining width for the content).
    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var remaining = count
        while remaining > 0 && offset < line.count {
            if line[offset] == CharacterClass.tab {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > remaining
                    let advance = min(charsToTab, remaining)
                    column += advance
                    if !partiallyConsumedTab { offset += 1 }
                    remaining -= advance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    func peek(_ index: Int) -> UInt8? {
        index < line.count ? line[index] : nil
    }

    // MARK: - Lines

    private enum Continuation {
        case matched
        case notMatched
        case lineFinished
    }

    private mutating func incorporateLine(_ slice: ArraySlice<UInt8>) {
        // The buffer is reused from line to line instead of allocating a fresh array for each.
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: slice)
        lineNumber += 1
        offset = 0
        column = 0
        blank = false
        partiallyConsumedTab = false
        lineConsumed = false
        oldTip = tip

        // Phase 1: which open containers does this line continue?
        var container = Self.document
        descend: while case let last = tree.nodes[container].lastChild, last != -1, tree.nodes[last].isOpen {
            container = last
            findNextNonspace()
            switch continuation(of: container) {
            case .matched:
                continue
            case .notMatched:
                container = parentOrDocument(container)
                break descend
            case .lineFinished:
                return
            }
        }
        allClosed = container == oldTip
        lastMatchedContainer = container

        // Phase 2: new block starts.
        let matched = tree.nodes[container]
        var matchedLeaf = matched.acceptsLines && matched.kind != .paragraph && matched.kind != .table
        while !matchedLeaf {
            findNextNonspace()
            let indented = indent >= Self.codeIndent
            if !indented, let byte = peek(nextNonspace), !Self.mayStartBlock(byte) {
                advanceNextNonspace()
                break
            }
            guard let started = startBlock(in: container, indented: indented) else {
                advanceNextNonspace()
                break
            }
            container = started
            if !tree.nodes[started].canContain(.paragraph) {
                matchedLeaf = true
            }
        }

        // Phase 3: lazy continuation, or add the rest of the line to the deepest open block.
        if !allClosed && !blank && tree.nodes[tip].kind == .paragraph {
            addLine()
            return
        }
        closeUnmatchedBlocks()
        if blank, case let last = tree.nodes[container].lastChild, last != -1 {
            tree.nodes[last].lastLineBlank = true
        }
        let block = tree.nodes[container]
        let kind = block.kind
        let blankLineEndsHere =
            blank
            && !(kind == .blockQuote || (kind == .codeBlock && block.isFenced)
                || (kind == .item && block.firstChild == -1 && block.startLine == lineNumber))
        var ancestor = container
        while ancestor != -1 {
            tree.nodes[ancestor].lastLineBlank = blankLineEndsHere
            ancestor = tree.nodes[ancestor].parent
        }

        if lineConsumed {
            return
        }
        if kind == .table {
            addTableRow(to: container)
        } else if block.acceptsLines {
            addLine()
            if kind == .htmlBlock && (1...5).contains(block.htmlBlockType)
                && HTMLBlockRules.endConditionMet(line, from: offset, type: block.htmlBlockType)
            {
                finalize(container)
            }
        } else if offset < line.count && !blank {
            _ = addChild(.paragraph)
            advanceNextNonspace()
            addLine()
        }
    }

    private static func mayStartBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "<"),
            UInt8(ascii: "["), UInt8(ascii: "|"), UInt8(ascii: ":"):
            return true
        default:
            return CharacterClass.isDigit(byte)
        }
    }

    private mutating func continuation(of index: Int) -> Continuation {
        let container = tree.nodes[index]
        switch container.kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard indent < Self.codeIndent, peek(nextNonspace) == UInt8(ascii: ">") else { return .notMatched }
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if let byte = peek(offset), CharacterClass.isSpaceOrTab(byte) {
                advanceOffset(1, columns: true)
            }
            return .matched
        case .item:
            if blank {
                // An item may begin with at most one blank line.
                guard container.firstChild != -1 else { return .notMatched }
                advanceNextNonspace()
                return .matched
            }
            let required = container.listMarker.markerOffset + container.listMarker.padding
            guard indent >= required else { return .notMatched }
            advanceOffset(required, columns: true)
            return .matched
        case .footnoteDefinition:
            if blank {
                guard container.firstChild != -1 else { return .notMatched }
                advanceNextNonspace()
                return .matched
            }
            guard indent >= Self.codeIndent else { return .notMatched }
            advanceOffset(Self.codeIndent, columns: true)
            return .matched
        case .heading, .thematicBreak:
            return .notMatched
        case .codeBlock:
            return codeBlockContinuation(index)
        case .htmlBlock:
            let endsAtBlank = container.htmlBlockType == 6 || container.htmlBlockType == 7
            return blank && endsAtBlank ? .notMatched : .matched
        case .paragraph, .table:
            return blank ? .notMatched : .matched
        }
    }

    private mutating func codeBlockContinuation(_ index: Int) -> Continuation {
        let container = tree.nodes[index]
        if container.isFenced {
            if indent < Self.codeIndent, peek(nextNonspace) == container.fenceChar {
                var end = nextNonspace
                while end < line.count && line[end] == container.fenceChar { end += 1 }
                let isClosingFence =
                    end - nextNonspace >= container.fenceLength
                    && line[end...].allSatisfy(CharacterClass.isSpaceOrTab)
                if isClosingFence {
                    finalize(index)
                    return .lineFinished
                }
            }
            // Remove up to the opening fence's indentation from content lines.
            var remaining = container.fenceOffset
            while remaining > 0, let byte = peek(offset), CharacterClass.isSpaceOrTab(byte) {
                advanceOffset(1, columns: true)
                remaining -= 1
            }
            return .matched
        }
        if indent >= Self.codeIndent {
            advanceOffset(Self.codeIndent, columns: true)
            return .matched
        }
        if blank {
            advanceNextNonspace()
            return .matched
        }
        return .notMatched
    }

    // MARK: - Tree maintenance

    /// Finalises the blocks left open by the previous line that this line did not continue.
    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip != lastMatchedContainer {
            let parent = parentOrDocument(oldTip)
            finalize(oldTip)
            oldTip = parent
        }
        allClosed = true
    }

    /// Adds a new block as the child of the tip, first closing blocks that cannot contain it.
    /// The parent of `block`, or the document for the document itself.
    func parentOrDocument(_ block: Int) -> Int {
        let parent = tree.nodes[block].parent
        return parent == -1 ? Self.document : parent
    }

    /// Adds a new block as the child of the tip, first closing blocks that cannot contain it.
    @discardableResult
    mutating func addChild(_ kind: BlockKind) -> Int {
        while !tree.nodes[tip].canContain(kind) {
            finalize(tip)
        }
        let child = BlockNode(kind: kind, parent: tip, depth: tree.nodes[tip].depth + 1, startLine: lineNumber)
        tip = tree.append(child, to: tip)
        return tip
    }

    /// Appends the rest of the line to the tip's text, which (only one leaf block is open at a time) normally
    /// already ends the shared text buffer, so the line is simply added after it.
    mutating func addLine() {
        var content = tree.nodes[tip].content
        if content.upperBound != tree.text.count {
            // No text yet, or (never seen in practice) text stored after this block's: start again at the end.
            content = content.isEmpty ? tree.text.count..<tree.text.count : tree.store(tree.text[content])
        }
        if partiallyConsumedTab {
            // The rest of a partly consumed tab becomes spaces in the content.
            offset += 1
            let charsToTab = 4 - (column % 4)
            tree.text.append(contentsOf: repeatElement(CharacterClass.space, count: charsToTab))
        }
        if offset < line.count {
            tree.text.append(contentsOf: line[offset...])
        }
        tree.text.append(CharacterClass.newline)
        tree.nodes[tip].content = content.lowerBound..<tree.text.count
    }

    private mutating func addTableRow(to table: Int) {
        let tableIndex = tree.nodes[table].table
        var cells = TableSyntax.splitRow(line[min(offset, line.count)...])
        let columns = tree.tables[tableIndex].alignments.count
        if cells.count > columns {
            cells.removeLast(cells.count - columns)
        }
        while cells.count < columns {
            cells.append([])
        }
        tree.tables[tableIndex].rows.append(cells)
    }

    mutating func registerFootnote(_ block: Int, label: String) {
        if footnotes[label] == nil {
            footnotes[label] = block
        }
    }

    /// Closes a block, resolving what could only be decided once all of its lines were seen.
    mutating func finalize(_ block: Int) {
        let parent = tree.nodes[block].parent
        tree.nodes[block].isOpen = false
        switch tree.nodes[block].kind {
        case .paragraph:
            extractReferences(from: block)
            if tree.content(of: block).allSatisfy(CharacterClass.isASCIIWhitespace), parent != -1,
                tree.nodes[parent].lastChild == block
            {
                tree.removeLastChild(of: parent)
            }
        case .codeBlock:
            if !tree.nodes[block].isFenced {
                tree.nodes[block].content = trimmingTrailingBlankLines(tree.nodes[block].content)
            }
        case .htmlBlock:
            var content = tree.nodes[block].content
            while !content.isEmpty && tree.text[content.upperBound - 1] == CharacterClass.newline {
                content = content.lowerBound..<(content.upperBound - 1)
            }
            tree.nodes[block].content = content
        case .list:
            tree.nodes[block].listMarker.isTight = isTight(block)
        default:
            break
        }
        tip = parent == -1 ? Self.document : parent
    }

    /// Extracts link reference definitions from the start of a paragraph (also used before a setext underline
    /// is allowed to turn the paragraph into a heading).
    mutating func extractReferences(from paragraph: Int) {
        let content = tree.nodes[paragraph].content
        // Definitions start with `[`; other paragraphs are spared the copy.
        guard !content.isEmpty, tree.text[content.lowerBound] == UInt8(ascii: "[") else { return }
        let consumed = references.extractDefinitions(from: Array(tree.text[content]))
        tree.nodes[paragraph].content = (content.lowerBound + consumed)..<content.upperBound
    }

    /// `content` without its trailing lines that hold only spaces, keeping the newline that ends the last real
    /// line.
    private func trimmingTrailingBlankLines(_ content: Range<Int>) -> Range<Int> {
        let text = tree.text
        var end = content.upperBound
        var cut = content.upperBound
        while end > content.lowerBound {
            var lineStart = end - 1
            while lineStart > content.lowerBound && text[lineStart - 1] != CharacterClass.newline { lineStart -= 1 }
            let lineBody = text[lineStart..<(end - 1)]
            guard text[end - 1] == CharacterClass.newline, lineBody.allSatisfy({ $0 == CharacterClass.space })
            else { break }
            cut = lineStart
            end = lineStart
        }
        return content.lowerBound..<cut
    }

    /// A list is loose if any item ends with a blank line before another item, or if blank lines separate
    /// the blocks inside an item.
    private mutating func isTight(_ list: Int) -> Bool {
        var item = tree.nodes[list].firstChild
        while item != -1 {
            let isLastItem = tree.nodes[item].next == -1
            if !isLastItem && endsWithBlankLine(item) {
                return false
            }
            var child = tree.nodes[item].firstChild
            while child != -1 {
                let isLastBlock = tree.nodes[child].next == -1
                if (!isLastItem || !isLastBlock) && endsWithBlankLine(child) {
                    return false
                }
                child = tree.nodes[child].next
            }
            item = tree.nodes[item].next
        }
        return true
    }

    private mutating func endsWithBlankLine(_ block: Int) -> Bool {
        var current = block
        while current != -1 {
            let node = tree.nodes[current]
            if node.lastLineBlank { return true }
            let descends = !node.lastLineChecked && (node.kind == .list || node.kind == .item)
            tree.nodes[current].lastLineChecked = true
            guard descends else { return false }
            current = node.lastChild
        }
        return false
    }
}
