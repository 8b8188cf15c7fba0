/// Block start recognition: given the current line position, open the block that begins there, if any.
extension BlockParser {
    /// Tries each block start in CommonMark's order; returns the new innermost block or `nil`.
    mutating func startBlock(in container: Int, indented: Bool) -> Int? {
        let canNest = tree.nodes[container].depth < Self.maxContainerDepth
        if !indented {
            if canNest, let quote = startBlockQuote() { return quote }
            if let heading = startATXHeading() { return heading }
            if let code = startFencedCode() { return code }
            if let html = startHTMLBlock(in: container) { return html }
            if options.extensions, let table = startTable(in: container) { return table }
            if let heading = startSetextHeading(in: container) { return heading }
            if let rule = startThematicBreak() { return rule }
            if options.extensions, canNest, let footnote = startFootnoteDefinition() { return footnote }
            if canNest, let item = startListItem(in: container) { return item }
            return nil
        }
        return startIndentedCode()
    }

    private mutating func startBlockQuote() -> Int? {
        guard peek(nextNonspace) == UInt8(ascii: ">") else { return nil }
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if let byte = peek(offset), CharacterClass.isSpaceOrTab(byte) {
            advanceOffset(1, columns: true)
        }
        closeUnmatchedBlocks()
        return addChild(.blockQuote)
    }

    private mutating func startATXHeading() -> Int? {
        var end = nextNonspace
        while end < line.count && line[end] == UInt8(ascii: "#") { end += 1 }
        let level = end - nextNonspace
        guard (1...6).contains(level) else { return nil }
        if let after = peek(end), !CharacterClass.isSpaceOrTab(after) { return nil }

        advanceNextNonspace()
        advanceOffset(level, columns: false)
        closeUnmatchedBlocks()
        let heading = addChild(.heading)
        tree.nodes[heading].headingLevel = level
        tree.nodes[heading].content = tree.store(line[Self.headingText(line, from: offset)])
        advanceOffset(line.count - offset, columns: false)
        return heading
    }

    /// The heading text in `line` after `start`: without the optional closing sequence of `#`s (which must be
    /// preceded by a space or tab) and surrounding whitespace. A range, so the text is copied only once.
    private static func headingText(_ line: [UInt8], from start: Int) -> Range<Int> {
        let start = min(start, line.count)
        var end = line.count
        while end > start && CharacterClass.isSpaceOrTab(line[end - 1]) { end -= 1 }
        var hashStart = end
        while hashStart > start && line[hashStart - 1] == UInt8(ascii: "#") { hashStart -= 1 }
        if hashStart < end && (hashStart == start || CharacterClass.isSpaceOrTab(line[hashStart - 1])) {
            end = hashStart
        }
        while end > start && CharacterClass.isSpaceOrTab(line[end - 1]) { end -= 1 }
        var leading = start
        while leading < end && CharacterClass.isSpaceOrTab(line[leading]) { leading += 1 }
        return leading..<end
    }

    private mutating func startFencedCode() -> Int? {
        guard let fenceChar = peek(nextNonspace), fenceChar == UInt8(ascii: "`") || fenceChar == UInt8(ascii: "~")
        else { return nil }
        var end = nextNonspace
        while end < line.count && line[end] == fenceChar { end += 1 }
        let length = end - nextNonspace
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not contain backticks (it would read as inline code instead).
        if fenceChar == UInt8(ascii: "`") && line[end...].contains(fenceChar) { return nil }

        let fenceOffset = indent
        closeUnmatchedBlocks()
        let code = addChild(.codeBlock)
        tree.nodes[code].isFenced = true
        tree.nodes[code].fenceChar = fenceChar
        tree.nodes[code].fenceLength = length
        tree.nodes[code].fenceOffset = fenceOffset
        var infoEnd = line.count
        while infoEnd > end && CharacterClass.isASCIIWhitespace(line[infoEnd - 1]) { infoEnd -= 1 }
        var infoStart = end
        while infoStart < infoEnd && CharacterClass.isASCIIWhitespace(line[infoStart]) { infoStart += 1 }
        tree.nodes[code].info = tree.store(line[infoStart..<infoEnd])
        advanceNextNonspace()
        advanceOffset(line.count - offset, columns: false)
        lineConsumed = true
        return code
    }

    private mutating func startHTMLBlock(in container: Int) -> Int? {
        guard peek(nextNonspace) == UInt8(ascii: "<") else { return nil }
        // Condition 7 cannot interrupt a paragraph, including one this line would continue lazily.
        let paragraphOpen =
            tree.nodes[container].kind == .paragraph || (!allClosed && !blank && tree.nodes[tip].kind == .paragraph)
        guard let type = HTMLBlockRules.startCondition(line, at: nextNonspace, canInterruptParagraph: !paragraphOpen)
        else { return nil }
        closeUnmatchedBlocks()
        let html = addChild(.htmlBlock)
        tree.nodes[html].htmlBlockType = type
        // The offset stays put: an HTML block keeps the line's leading whitespace.
        return html
    }

    /// GFM tables: the paragraph's last line is the header row and this line is the delimiter row.
    private mutating func startTable(in container: Int) -> Int? {
        guard tree.nodes[container].kind == .paragraph, let first = peek(nextNonspace),
            first == UInt8(ascii: "|") || first == UInt8(ascii: ":") || first == UInt8(ascii: "-"),
            let alignments = TableSyntax.parseDelimiterRow(line[nextNonspace...])
        else { return nil }
        var content = tree.nodes[container].content
        if !content.isEmpty && tree.text[content.upperBound - 1] == CharacterClass.newline {
            content = content.lowerBound..<(content.upperBound - 1)
        }
        var headerStart = content.upperBound
        while headerStart > content.lowerBound && tree.text[headerStart - 1] != CharacterClass.newline {
            headerStart -= 1
        }
        let header = TableSyntax.splitRow(tree.text[headerStart..<content.upperBound])
        guard header.count == alignments.count else { return nil }

        closeUnmatchedBlocks()
        let parent = parentOrDocument(container)
        var node = BlockNode(kind: .table, parent: parent, depth: tree.nodes[container].depth, startLine: lineNumber)
        node.table = tree.tables.count
        tree.tables.append(TableContent(alignments: alignments, rows: [header]))
        let table: Int
        if headerStart == content.lowerBound {
            // The whole paragraph was the header row: the table takes its place.
            table = tree.replaceLastChild(container, with: node)
            tree.nodes[container].isOpen = false
            if tree.nodes[parent].lastChild == table {
                tree.nodes[container].content = content.upperBound..<content.upperBound
            }
        } else {
            // Earlier lines stay a paragraph of their own, before the table.
            tree.nodes[container].content = content.lowerBound..<headerStart
            finalize(container)
            table = tree.append(node, to: parent)
        }
        tip = table
        advanceOffset(line.count - offset, columns: false)
        lineConsumed = true
        return table
    }

    private mutating func startSetextHeading(in container: Int) -> Int? {
        guard tree.nodes[container].kind == .paragraph, let marker = peek(nextNonspace),
            marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-")
        else { return nil }
        var end = nextNonspace
        while end < line.count && line[end] == marker { end += 1 }
        guard line[end...].allSatisfy(CharacterClass.isSpaceOrTab) else { return nil }

        closeUnmatchedBlocks()
        // Definitions at the start of the paragraph are not heading text; if nothing else is left, this
        // underline is not a heading underline either.
        extractReferences(from: container)
        let paragraph = tree.nodes[container]
        guard !tree.content(of: container).allSatisfy(CharacterClass.isASCIIWhitespace) else { return nil }
        var node = BlockNode(
            kind: .heading, parent: paragraph.parent, depth: paragraph.depth, startLine: paragraph.startLine)
        node.headingLevel = marker == UInt8(ascii: "=") ? 1 : 2
        var text = paragraph.content
        while !text.isEmpty && CharacterClass.isASCIIWhitespace(tree.text[text.upperBound - 1]) {
            text = text.lowerBound..<(text.upperBound - 1)
        }
        node.content = text
        let heading = tree.replaceLastChild(container, with: node)
        tree.nodes[container].isOpen = false
        if tree.nodes[parentOrDocument(container)].lastChild == heading {
            // The paragraph is out of the tree; emptying it spares parsing its text twice.
            tree.nodes[container].content = text.upperBound..<text.upperBound
        }
        tip = heading
        advanceOffset(line.count - offset, columns: false)
        return heading
    }

    private mutating func startThematicBreak() -> Int? {
        guard let marker = peek(nextNonspace),
            marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_")
        else { return nil }
        var markers = 0
        for byte in line[nextNonspace...] {
            if byte == marker {
                markers += 1
            } else if !CharacterClass.isSpaceOrTab(byte) {
                return nil
            }
        }
        guard markers >= 3 else { return nil }
        closeUnmatchedBlocks()
        let rule = addChild(.thematicBreak)
        advanceOffset(line.count - offset, columns: false)
        return rule
    }

    /// GFM footnote definitions: `[^label]:` followed by the first line of the footnote's content.
    private mutating func startFootnoteDefinition() -> Int? {
        guard peek(nextNonspace) == UInt8(ascii: "["), peek(nextNonspace + 1) == UInt8(ascii: "^") else {
            return nil
        }
        let labelStart = nextNonspace + 2
        var end = labelStart
        while end < line.count && end - labelStart <= LinkSyntax.maxLabelLength {
            let byte = line[end]
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[") || CharacterClass.isASCIIWhitespace(byte) {
                break
            }
            end += 1
        }
        guard end > labelStart, peek(end) == UInt8(ascii: "]"), peek(end + 1) == UInt8(ascii: ":") else {
            return nil
        }
        closeUnmatchedBlocks()
        let footnote = addChild(.footnoteDefinition)
        registerFootnote(footnote, label: LinkSyntax.normalizeLabel(line[labelStart..<end]))
        advanceNextNonspace()
        advanceOffset(end + 2 - offset, columns: false)
        findNextNonspace()
        if !blank { advanceNextNonspace() }
        return footnote
    }

    private mutating func startListItem(in container: Int) -> Int? {
        guard let first = peek(nextNonspace) else { return nil }
        var marker = ListMarker()
        var markerEnd = nextNonspace
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            marker.bulletChar = first
            markerEnd += 1
        } else if CharacterClass.isDigit(first) {
            var value = 0
            while markerEnd < line.count && CharacterClass.isDigit(line[markerEnd]) && markerEnd - nextNonspace < 9 {
                value = value * 10 + Int(line[markerEnd] - 0x30)
                markerEnd += 1
            }
            guard let delimiter = peek(markerEnd), delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")")
            else { return nil }
            marker.isOrdered = true
            marker.start = value
            marker.delimiter = delimiter
            markerEnd += 1
        } else {
            return nil
        }
        if let after = peek(markerEnd), !CharacterClass.isSpaceOrTab(after) { return nil }
        // An item interrupting a paragraph must have content, and an ordered one must start at 1.
        if tree.nodes[container].kind == .paragraph {
            if line[markerEnd...].allSatisfy(CharacterClass.isSpaceOrTab) { return nil }
            if marker.isOrdered && marker.start != 1 { return nil }
        }

        marker.markerOffset = indent
        let markerWidth = markerEnd - nextNonspace
        advanceNextNonspace()
        advanceOffset(markerWidth, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && peek(offset).map(CharacterClass.isSpaceOrTab) == true
        let blankItem = peek(offset) == nil
        let spacesAfterMarker = column - spacesStartColumn
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            // Content indented 5+ columns is an indented code block inside the item, one column in.
            marker.padding = markerWidth + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            partiallyConsumedTab = false
            if let byte = peek(offset), CharacterClass.isSpaceOrTab(byte) {
                advanceOffset(1, columns: true)
            }
        } else {
            marker.padding = markerWidth + spacesAfterMarker
        }

        closeUnmatchedBlocks()
        if tree.nodes[tip].kind != .list || !tree.nodes[tip].listMarker.continuesList(marker) {
            let list = addChild(.list)
            tree.nodes[list].listMarker = marker
        }
        let item = addChild(.item)
        tree.nodes[item].listMarker = marker
        return item
    }

    private mutating func startIndentedCode() -> Int? {
        guard tree.nodes[tip].kind != .paragraph, tree.nodes[tip].kind != .table, !blank else { return nil }
        advanceOffset(Self.codeIndent, columns: true)
        closeUnmatchedBlocks()
        return addChild(.codeBlock)
    }
}
