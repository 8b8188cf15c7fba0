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

    let options: MarkdownOptions
    let document: BlockNode
    private(set) var references = LinkReferenceMap()
    /// Footnote definitions by normalised label; the first definition of a label wins.
    private(set) var footnotes: [String: BlockNode] = [:]

    var tip: BlockNode
    var oldTip: BlockNode
    var lastMatchedContainer: BlockNode
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
        document = BlockNode(kind: .document, depth: 0, startLine: 0)
        tip = document
        oldTip = document
        lastMatchedContainer = document
    }

    /// Parses the whole input and returns the finished document tree.
    mutating func parse(_ input: [UInt8]) -> BlockNode {
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
        while tip !== document {
            finalize(tip)
        }
        finalize(document)
        return document
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
        var container = document
        descend: while let last = container.lastChild, last.isOpen {
            container = last
            findNextNonspace()
            switch continuation(of: container) {
            case .matched:
                continue
            case .notMatched:
                container = container.parent ?? document
                break descend
            case .lineFinished:
                return
            }
        }
        allClosed = container === oldTip
        lastMatchedContainer = container

        // Phase 2: new block starts.
        var matchedLeaf = container.acceptsLines && container.kind != .paragraph && container.kind != .table
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
            if !started.canContain(.paragraph) {
                matchedLeaf = true
            }
        }

        // Phase 3: lazy continuation, or add the rest of the line to the deepest open block.
        if !allClosed && !blank && tip.kind == .paragraph {
            addLine()
            return
        }
        closeUnmatchedBlocks()
        if blank, let last = container.lastChild {
            last.lastLineBlank = true
        }
        let kind = container.kind
        let blankLineEndsHere =
            blank
            && !(kind == .blockQuote || (kind == .codeBlock && container.isFenced)
                || (kind == .item && container.children.isEmpty && container.startLine == lineNumber))
        var ancestor: BlockNode? = container
        while let current = ancestor {
            current.lastLineBlank = blankLineEndsHere
            ancestor = current.parent
        }

        if lineConsumed {
            return
        }
        if container.kind == .table {
            addTableRow(to: container)
        } else if container.acceptsLines {
            addLine()
            if container.kind == .htmlBlock && (1...5).contains(container.htmlBlockType)
                && HTMLBlockRules.endConditionMet(line, from: offset, type: container.htmlBlockType)
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

    private mutating func continuation(of container: BlockNode) -> Continuation {
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
                guard !container.children.isEmpty else { return .notMatched }
                advanceNextNonspace()
                return .matched
            }
            let required = container.listMarker.markerOffset + container.listMarker.padding
            guard indent >= required else { return .notMatched }
            advanceOffset(required, columns: true)
            return .matched
        case .footnoteDefinition:
            if blank {
                guard !container.children.isEmpty else { return .notMatched }
                advanceNextNonspace()
                return .matched
            }
            guard indent >= Self.codeIndent else { return .notMatched }
            advanceOffset(Self.codeIndent, columns: true)
            return .matched
        case .heading, .thematicBreak:
            return .notMatched
        case .codeBlock:
            return codeBlockContinuation(container)
        case .htmlBlock:
            let endsAtBlank = container.htmlBlockType == 6 || container.htmlBlockType == 7
            return blank && endsAtBlank ? .notMatched : .matched
        case .paragraph, .table:
            return blank ? .notMatched : .matched
        }
    }

    private mutating func codeBlockContinuation(_ container: BlockNode) -> Continuation {
        if container.isFenced {
            if indent < Self.codeIndent, peek(nextNonspace) == container.fenceChar {
                var end = nextNonspace
                while end < line.count && line[end] == container.fenceChar { end += 1 }
                let isClosingFence =
                    end - nextNonspace >= container.fenceLength
                    && line[end...].allSatisfy(CharacterClass.isSpaceOrTab)
                if isClosingFence {
                    finalize(container)
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
        while oldTip !== lastMatchedContainer {
            let parent = oldTip.parent ?? document
            finalize(oldTip)
            oldTip = parent
        }
        allClosed = true
    }

    /// Adds a new block as the child of the tip, first closing blocks that cannot contain it.
    @discardableResult
    mutating func addChild(_ kind: BlockKind) -> BlockNode {
        while !tip.canContain(kind) {
            finalize(tip)
        }
        let child = BlockNode(kind: kind, depth: tip.depth + 1, startLine: lineNumber)
        tip.append(child)
        tip = child
        return child
    }

    mutating func addLine() {
        if partiallyConsumedTab {
            // The rest of a partly consumed tab becomes spaces in the content.
            offset += 1
            let charsToTab = 4 - (column % 4)
            tip.content.append(contentsOf: repeatElement(CharacterClass.space, count: charsToTab))
        }
        if offset < line.count {
            tip.content.append(contentsOf: line[offset...])
        }
        tip.content.append(CharacterClass.newline)
    }

    private mutating func addTableRow(to table: BlockNode) {
        var cells = TableSyntax.splitRow(line[min(offset, line.count)...])
        let columns = table.tableAlignments.count
        if cells.count > columns {
            cells.removeLast(cells.count - columns)
        }
        while cells.count < columns {
            cells.append([])
        }
        table.tableRows.append(cells)
    }

    mutating func registerFootnote(_ node: BlockNode) {
        if footnotes[node.footnoteLabel] == nil {
            footnotes[node.footnoteLabel] = node
        }
    }

    /// Closes a block, resolving what could only be decided once all of its lines were seen.
    mutating func finalize(_ block: BlockNode) {
        let parent = block.parent
        block.isOpen = false
        switch block.kind {
        case .paragraph:
            block.content = references.extractDefinitions(from: block.content)
            if block.content.allSatisfy(CharacterClass.isASCIIWhitespace), let parent, parent.lastChild === block {
                parent.removeLastChild()
            }
        case .codeBlock:
            if !block.isFenced {
                trimTrailingBlankLines(&block.content)
            }
        case .htmlBlock:
            while block.content.last == CharacterClass.newline { block.content.removeLast() }
        case .list:
            block.listMarker.isTight = Self.isTight(block)
        default:
            break
        }
        tip = parent ?? document
    }

    /// Extracts link reference definitions from the start of a paragraph (used before a setext underline is
    /// allowed to turn the paragraph into a heading).
    mutating func extractReferences(from paragraph: BlockNode) {
        paragraph.content = references.extractDefinitions(from: paragraph.content)
    }

    private mutating func trimTrailingBlankLines(_ content: inout [UInt8]) {
        // Drop trailing lines that hold only spaces, keeping the newline that ends the last real line.
        var end = content.count
        var cut = content.count
        while end > 0 {
            var lineStart = end - 1
            while lineStart > 0 && content[lineStart - 1] != CharacterClass.newline { lineStart -= 1 }
            let lineBody = content[lineStart..<(end - 1)]
            guard content[end - 1] == CharacterClass.newline, lineBody.allSatisfy({ $0 == CharacterClass.space })
            else { break }
            cut = lineStart
            end = lineStart
        }
        content.removeLast(content.count - cut)
    }

    /// A list is loose if any item ends with a blank line before another item, or if blank lines separate
    /// the blocks inside an item.
    private static func isTight(_ list: BlockNode) -> Bool {
        let items = list.children
        for (itemIndex, item) in items.enumerated() {
            let isLastItem = itemIndex == items.count - 1
            if !isLastItem && endsWithBlankLine(item) {
                return false
            }
            let blocks = item.children
            for (blockIndex, child) in blocks.enumerated() {
                let isLastBlock = blockIndex == blocks.count - 1
                if (!isLastItem || !isLastBlock) && endsWithBlankLine(child) {
                    return false
                }
            }
        }
        return true
    }

    private static func endsWithBlankLine(_ block: BlockNode) -> Bool {
        var current: BlockNode? = block
        while let node = current {
            if node.lastLineBlank { return true }
            if !node.lastLineChecked && (node.kind == .list || node.kind == .item) {
                node.lastLineChecked = true
                current = node.lastChild
            } else {
                node.lastLineChecked = true
                return false
            }
        }
        return false
    }
}
