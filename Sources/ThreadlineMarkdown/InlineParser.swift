/// Parses the inline content of one paragraph, heading or table cell into the document's inline arena.
///
/// The parser makes a single left-to-right pass, pushing delimiter runs and brackets on stacks as it goes;
/// links are resolved at each `]` and emphasis once the text is consumed. Every scan that could look ahead
/// far (code spans, raw HTML) is memoised so pathological inputs stay roughly linear.
final class InlineParser {
    let options: MarkdownOptions
    let arena: InlineArena
    let references: LinkReferenceMap
    let footnoteLabels: Set<String>

    var bytes: [UInt8] = []
    var position = 0
    var root = -1
    var delimiters = DelimiterStack()
    var brackets: [Bracket] = []
    var codeSpanCloser = CodeSpanCloser(bytes: [])
    var htmlScanner = RawHTMLScanner(bytes: [])

    init(options: MarkdownOptions, arena: InlineArena, references: LinkReferenceMap, footnoteLabels: Set<String>) {
        self.options = options
        self.arena = arena
        self.references = references
        self.footnoteLabels = footnoteLabels
    }

    /// Parses `content` and returns the index of a root node holding the result.
    func parse(_ content: [UInt8]) -> Int {
        bytes = Self.trimmed(content)
        position = 0
        root = arena.makeRoot()
        delimiters.reset()
        brackets.removeAll(keepingCapacity: true)
        codeSpanCloser = CodeSpanCloser(bytes: bytes)
        htmlScanner = RawHTMLScanner(bytes: bytes)

        while position < bytes.count {
            parseNext()
        }
        delimiters.processEmphasis(above: -1, arena: arena)
        return root
    }

    private static func trimmed(_ content: [UInt8]) -> [UInt8] {
        var end = content.count
        while end > 0 && CharacterClass.isASCIIWhitespace(content[end - 1]) { end -= 1 }
        var start = 0
        while start < end && CharacterClass.isASCIIWhitespace(content[start]) { start += 1 }
        return Array(content[start..<end])
    }

    private func parseNext() {
        let byte = bytes[position]
        switch byte {
        case CharacterClass.newline:
            parseNewline()
        case UInt8(ascii: "\\"):
            parseBackslash()
        case UInt8(ascii: "`"):
            parseBackticks()
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            parseDelimiterRun()
        case UInt8(ascii: "~") where options.extensions:
            parseDelimiterRun()
        case UInt8(ascii: "["):
            pushBracket(isImage: false, length: 1)
        case UInt8(ascii: "!"):
            if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "[") {
                pushBracket(isImage: true, length: 2)
            } else {
                appendText(position..<(position + 1))
                position += 1
            }
        case UInt8(ascii: "]"):
            parseCloseBracket()
        case UInt8(ascii: "<"):
            parseLeftAngle()
        case UInt8(ascii: "&"):
            parseEntity()
        default:
            if options.extensions && isAutolinkBoundary(position),
                let autolink = ExtendedAutolink.match(bytes, at: position)
            {
                appendLink(text: bytes[position..<autolink.end], destination: autolink.destination, extended: true)
                position = autolink.end
            } else {
                parseText()
            }
        }
    }

    // MARK: - Node helpers

    func append(_ node: InlineNode) -> Int {
        let index = arena.add(node)
        arena.appendChild(index, to: root)
        return index
    }

    /// Appends literal text, merging it into the previous text node when that node is plain text.
    func appendText(_ range: Range<Int>) {
        appendText(bytes[range])
    }

    func appendText(_ text: ArraySlice<UInt8>) {
        let last = arena[root].lastChild
        if last != -1 && arena[last].kind == .text && !arena[last].isLocked {
            arena.appendText(last, text)
        } else {
            _ = append(InlineNode(kind: .text, text: Array(text)))
        }
    }

    private func appendLink(text: ArraySlice<UInt8>, destination: [UInt8], extended: Bool) {
        var link = InlineNode(kind: .link)
        link.destination = destination
        link.isExtendedAutolink = extended
        let linkIndex = append(link)
        let textIndex = arena.add(InlineNode(kind: .text, text: Array(text)))
        arena.appendChild(textIndex, to: linkIndex)
    }

    // MARK: - Text, breaks and escapes

    private func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case CharacterClass.newline, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: "&"):
            return true
        case UInt8(ascii: "~"):
            return options.extensions
        default:
            return false
        }
    }

    private func parseText() {
        let start = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if isSpecial(byte) { break }
            if options.extensions && (byte | 0x20 == UInt8(ascii: "w") || byte | 0x20 == UInt8(ascii: "h"))
                && isAutolinkBoundary(position)
            {
                break
            }
            position += 1
        }
        appendText(start..<position)
    }

    /// GFM extended autolinks may start at the beginning of the text, after whitespace, or after `*`, `_`,
    /// `~` or `(`.
    private func isAutolinkBoundary(_ index: Int) -> Bool {
        let first = bytes[index] | 0x20
        guard first == UInt8(ascii: "w") || first == UInt8(ascii: "h") else { return false }
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        return CharacterClass.isASCIIWhitespace(before) || before == UInt8(ascii: "*") || before == UInt8(ascii: "_")
            || before == UInt8(ascii: "~") || before == UInt8(ascii: "(")
    }

    private func parseNewline() {
        position += 1
        var kind = InlineKind.softBreak
        let last = arena[root].lastChild
        if last != -1 && arena[last].kind == .text && !arena[last].isLocked {
            // Trailing spaces are not content: two or more of them make the break a hard one.
            var spaces = 0
            do {
                // Scoped so this read-only copy is released before the node is edited in place below.
                let text = arena.nodes[last].text
                while spaces < text.count && text[text.count - 1 - spaces] == CharacterClass.space { spaces += 1 }
            }
            if spaces > 0 { arena.nodes[last].text.removeLast(spaces) }
            if spaces >= 2 { kind = .hardBreak }
        }
        _ = append(InlineNode(kind: kind))
        skipLeadingSpaces()
    }

    private func skipLeadingSpaces() {
        while position < bytes.count && bytes[position] == CharacterClass.space { position += 1 }
    }

    private func parseBackslash() {
        position += 1
        if position < bytes.count && bytes[position] == CharacterClass.newline {
            position += 1
            _ = append(InlineNode(kind: .hardBreak))
            skipLeadingSpaces()
        } else if position < bytes.count && CharacterClass.isASCIIPunctuation(bytes[position]) {
            appendText(position..<(position + 1))
            position += 1
        } else {
            appendText((position - 1)..<position)
        }
    }

    private func parseEntity() {
        if let (value, end) = EntityDecoder.decodeReference(in: bytes, at: position) {
            appendText(value[...])
            position = end
        } else {
            appendText(position..<(position + 1))
            position += 1
        }
    }

    // MARK: - Code spans

    private func parseBackticks() {
        let start = position
        while position < bytes.count && bytes[position] == UInt8(ascii: "`") { position += 1 }
        let length = position - start
        guard let closer = codeSpanCloser.find(length: length, after: position) else {
            appendText(start..<position)
            return
        }
        var content = bytes[position..<closer].map { $0 == CharacterClass.newline ? CharacterClass.space : $0 }
        // One space is stripped from each end when both ends have one, so `` ` `` ` `` can show backticks.
        if content.count >= 2 && content.first == CharacterClass.space && content.last == CharacterClass.space
            && !content.allSatisfy({ $0 == CharacterClass.space })
        {
            content.removeFirst()
            content.removeLast()
        }
        _ = append(InlineNode(kind: .code, text: content))
        position = closer + length
    }

    // MARK: - Emphasis delimiters

    private func parseDelimiterRun() {
        let char = bytes[position]
        let start = position
        while position < bytes.count && bytes[position] == char { position += 1 }
        let count = position - start

        if char == UInt8(ascii: "~") && count != 2 {
            // Strikethrough takes exactly two tildes; a single one is too common in prose ("~5 minutes").
            appendText(start..<position)
            return
        }

        let before = CharacterClass.scalar(endingBefore: start, in: bytes) ?? "\n"
        let after = CharacterClass.scalar(at: position, in: bytes) ?? "\n"
        let beforeIsSpace = CharacterClass.isUnicodeWhitespace(before)
        let afterIsSpace = CharacterClass.isUnicodeWhitespace(after)
        let beforeIsPunctuation = CharacterClass.isUnicodePunctuation(before)
        let afterIsPunctuation = CharacterClass.isUnicodePunctuation(after)
        let leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        let rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)

        let canOpen: Bool
        let canClose: Bool
        if char == UInt8(ascii: "_") {
            // Intraword `_` never opens or closes, so snake_case_names stay intact.
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        var node = InlineNode(kind: .text, text: Array(bytes[start..<position]))
        node.isLocked = true
        let index = append(node)
        if canOpen || canClose {
            delimiters.push(node: index, char: char, count: count, canOpen: canOpen, canClose: canClose)
        }
    }

    // MARK: - Brackets

    private func pushBracket(isImage: Bool, length: Int) {
        var node = InlineNode(kind: .text, text: Array(bytes[position..<(position + length)]))
        node.isLocked = true
        let index = append(node)
        if !brackets.isEmpty {
            brackets[brackets.count - 1].hasBracketAfter = true
        }
        position += length
        brackets.append(
            Bracket(node: index, textStart: position, isImage: isImage, previousDelimiter: delimiters.top))
    }

    // MARK: - Angle brackets

    private func parseLeftAngle() {
        if let autolink = Autolink.match(bytes, at: position) {
            let text = EntityDecoder.decodeReferences(bytes[autolink.content])
            var destination = text
            if autolink.isEmail { destination = Array("mailto:".utf8) + text }
            appendLink(text: text[...], destination: destination, extended: false)
            position = autolink.end
            return
        }
        if let end = htmlScanner.match(at: position) {
            _ = append(InlineNode(kind: .rawHTML, text: Array(bytes[position..<end])))
            position = end
            return
        }
        appendText(position..<(position + 1))
        position += 1
    }
}
