/// Block start recognition: given the current line position, open the block that begins there, if any.
extension BlockParser {
    /// Tries each block start in CommonMark's order; returns the new innermost block or `nil`.
    mutating func startBlock(in container: BlockNode, indented: Bool) -> BlockNode? {
        let canNest = container.depth < Self.maxContainerDepth
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

    private mutating func startBlockQuote() -> BlockNode? {
        guard peek(nextNonspace) == UInt8(ascii: ">") else { return nil }
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if let byte = peek(offset), CharacterClass.isSpaceOrTab(byte) {
            advanceOffset(1, columns: true)
        }
        closeUnmatchedBlocks()
        return addChild(.blockQuote)
    }

    private mutating func startATXHeading() -> BlockNode? {
        var end = nextNonspace
        while end < line.count && line[end] == UInt8(ascii: "#") { end += 1 }
        let level = end - nextNonspace
        guard (1...6).contains(level) else { return nil }
        if let after = peek(end), !CharacterClass.isSpaceOrTab(after) { return nil }

        advanceNextNonspace()
        advanceOffset(level, columns: false)
        closeUnmatchedBlocks()
        let heading = addChild(.heading)
        heading.headingLevel = level
        heading.content = Self.headingText(line[offset...])
        advanceOffset(line.count - offset, columns: false)
        return heading
    }

    /// Strips the optional closing sequence of `#`s (which must be preceded by a space or tab) and whitespace.
    private static func headingText(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var text = Array(raw)
        while let last = text.last, CharacterClass.isSpaceOrTab(last) { text.removeLast() }
        var hashStart = text.count
        while hashStart > 0 && text[hashStart - 1] == UInt8(ascii: "#") { hashStart -= 1 }
        if hashStart < text.count && (hashStart == 0 || CharacterClass.isSpaceOrTab(text[hashStart - 1])) {
            text.removeLast(text.count - hashStart)
        }
        while let last = text.last, CharacterClass.isSpaceOrTab(last) { text.removeLast() }
        var leading = 0
        while leading < text.count && CharacterClass.isSpaceOrTab(text[leading]) { leading += 1 }
        return Array(text[leading...])
    }

    private mutating func startFencedCode() -> BlockNode? {
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
        code.isFenced = true
        code.fenceChar = fenceChar
        code.fenceLength = length
        code.fenceOffset = fenceOffset
        var info = Array(line[end...])
        while let last = info.last, CharacterClass.isASCIIWhitespace(last) { info.removeLast() }
        code.info = Array(info.drop(while: CharacterClass.isASCIIWhitespace))
        advanceNextNonspace()
        advanceOffset(line.count - offset, columns: false)
        lineConsumed = true
        return code
    }

    private mutating func startHTMLBlock(in container: BlockNode) -> BlockNode? {
        guard peek(nextNonspace) == UInt8(ascii: "<") else { return nil }
        // Condition 7 cannot interrupt a paragraph, including one this line would continue lazily.
        let paragraphOpen = container.kind == .paragraph || (!allClosed && !blank && tip.kind == .paragraph)
        guard let type = HTMLBlockRules.startCondition(line, at: nextNonspace, canInterruptParagraph: !paragraphOpen)
        else { return nil }
        closeUnmatchedBlocks()
        let html = addChild(.htmlBlock)
        html.htmlBlockType = type
        // The offset stays put: an HTML block keeps the line's leading whitespace.
        return html
    }

    /// GFM tables: the paragraph's last line is the header row and this line is the delimiter row.
    private mutating func startTable(in container: BlockNode) -> BlockNode? {
        guard container.kind == .paragraph, let first = peek(nextNonspace),
            first == UInt8(ascii: "|") || first == UInt8(ascii: ":") || first == UInt8(ascii: "-"),
            let alignments = TableSyntax.parseDelimiterRow(line[nextNonspace...])
        else { return nil }
        var content = container.content
        if content.last == CharacterClass.newline { content.removeLast() }
        var headerStart = content.count
        while headerStart > 0 && content[headerStart - 1] != CharacterClass.newline { headerStart -= 1 }
        let header = TableSyntax.splitRow(content[headerStart...])
        guard header.count == alignments.count else { return nil }

        closeUnmatchedBlocks()
        let parent = container.parent ?? document
        let table = BlockNode(kind: .table, depth: container.depth, startLine: lineNumber)
        table.tableAlignments = alignments
        table.tableRows = [header]
        if headerStart == 0 {
            // The whole paragraph was the header row: the table takes its place.
            parent.replaceChild(container, with: table)
            container.isOpen = false
        } else {
            // Earlier lines stay a paragraph of their own, before the table.
            container.content = Array(content[..<headerStart])
            finalize(container)
            parent.append(table)
        }
        tip = table
        advanceOffset(line.count - offset, columns: false)
        lineConsumed = true
        return table
    }

    private mutating func startSetextHeading(in container: BlockNode) -> BlockNode? {
        guard container.kind == .paragraph, let marker = peek(nextNonspace),
            marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-")
        else { return nil }
        var end = nextNonspace
        while end < line.count && line[end] == marker { end += 1 }
        guard line[end...].allSatisfy(CharacterClass.isSpaceOrTab) else { return nil }

        closeUnmatchedBlocks()
        // Definitions at the start of the paragraph are not heading text; if nothing else is left, this
        // underline is not a heading underline either.
        extractReferences(from: container)
        guard !container.content.allSatisfy(CharacterClass.isASCIIWhitespace) else { return nil }
        let heading = BlockNode(kind: .heading, depth: container.depth, startLine: container.startLine)
        heading.headingLevel = marker == UInt8(ascii: "=") ? 1 : 2
        var text = container.content
        while let last = text.last, CharacterClass.isASCIIWhitespace(last) { text.removeLast() }
        heading.content = text
        let parent = container.parent ?? document
        parent.replaceChild(container, with: heading)
        container.isOpen = false
        tip = heading
        advanceOffset(line.count - offset, columns: false)
        return heading
    }

    private mutating func startThematicBreak() -> BlockNode? {
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
    private mutating func startFootnoteDefinition() -> BlockNode? {
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
        footnote.footnoteLabel = LinkSyntax.normalizeLabel(line[labelStart..<end])
        registerFootnote(footnote)
        advanceNextNonspace()
        advanceOffset(end + 2 - offset, columns: false)
        findNextNonspace()
        if !blank { advanceNextNonspace() }
        return footnote
    }

    private mutating func startListItem(in container: BlockNode) -> BlockNode? {
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
        if container.kind == .paragraph {
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
        if tip.kind != .list || !tip.listMarker.continuesList(marker) {
            let list = addChild(.list)
            list.listMarker = marker
        }
        let item = addChild(.item)
        item.listMarker = marker
        return item
    }

    private mutating func startIndentedCode() -> BlockNode? {
        guard tip.kind != .paragraph, tip.kind != .table, !blank else { return nil }
        advanceOffset(Self.codeIndent, columns: true)
        closeUnmatchedBlocks()
        return addChild(.codeBlock)
    }
}
