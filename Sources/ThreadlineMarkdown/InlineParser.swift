/// Parses the inline content of one paragraph, heading or table cell into the document's inline arena.
///
/// The parser makes a single left-to-right pass, pushing delimiter runs and brackets on stacks as it goes;
/// links are resolved at each `]` and emphasis once the text is consumed. Every scan that could look ahead
/// far (code spans, raw HTML) is memoised so pathological inputs stay roughly linear.
///
/// A value type whose methods mutate it in place: the parser's state is touched for almost every input byte,
/// and a class's stored properties would pay a runtime exclusivity check on each of those accesses.
struct InlineParser {
    let options: MarkdownOptions
    /// Receives the nodes of every parsed block; the document takes it over when parsing is done.
    var arena = InlineArena()
    let references: LinkReferenceMap
    let footnoteLabels: Set<String>

    var bytes: [UInt8] = []
    var position = 0
    var root = -1
    var delimiters = DelimiterStack()
    var brackets: [Bracket] = []
    var codeSpanCloser = CodeSpanCloser(bytes: [])
    var htmlScanner = RawHTMLScanner(bytes: [])

    init(options: MarkdownOptions, references: LinkReferenceMap, footnoteLabels: Set<String>) {
        self.options = options
        self.references = references
        self.footnoteLabels = footnoteLabels
    }

    /// Parses `content` and returns the index of a root node holding the result.
    mutating func parse(_ content: [UInt8]) -> Int {
        // The scanners still share the previous block's bytes; letting go of them first leaves the buffer uniquely
        // referenced, so it is refilled in place rather than reallocated for every block.
        codeSpanCloser = CodeSpanCloser(bytes: [])
        htmlScanner = RawHTMLScanner(bytes: [])
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: content[Self.trimmedRange(content)])
        position = 0
        root = arena.makeRoot()
        delimiters.reset()
        brackets.removeAll(keepingCapacity: true)
        codeSpanCloser = CodeSpanCloser(bytes: bytes)
        htmlScanner = RawHTMLScanner(bytes: bytes)

        while position < bytes.count {
            parseNext()
        }
        delimiters.processEmphasis(above: -1, arena: &arena)
        return root
    }

    /// `content` without leading and trailing whitespace.
    private static func trimmedRange(_ content: [UInt8]) -> Range<Int> {
        var end = content.count
        while end > 0 && CharacterClass.isASCIIWhitespace(content[end - 1]) { end -= 1 }
        var start = 0
        while start < end && CharacterClass.isASCIIWhitespace(content[start]) { start += 1 }
        return start..<end
    }

    private mutating func parseNext() {
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
            if options.extensions && Self.isAutolinkBoundary(position, in: bytes),
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

    mutating func append(_ node: InlineNode) -> Int {
        let index = arena.add(node)
        arena.appendChild(index, to: root)
        return index
    }

    /// Appends literal text, merging it into the previous text node when that node is plain text.
    mutating func appendText(_ range: Range<Int>) {
        appendText(bytes[range])
    }

    mutating func appendText(_ text: ArraySlice<UInt8>) {
        let last = arena.nodes[root].lastChild
        if last != -1 && arena.nodes[last].kind == .text && !arena.nodes[last].isLocked {
            arena.appendText(last, text)
        } else {
            _ = append(.text, text: text)
        }
    }

    /// Appends a node of `kind` holding `text` as the root's last child.
    mutating func append<Bytes: Collection<UInt8>>(_ kind: InlineKind, text: Bytes, isLocked: Bool = false) -> Int {
        let index = arena.add(kind, text: text, isLocked: isLocked)
        arena.appendChild(index, to: root)
        return index
    }

    private mutating func appendLink(text: ArraySlice<UInt8>, destination: [UInt8], extended: Bool) {
        var link = InlineNode(kind: .link)
        link.destination = arena.store(destination)
        link.isExtendedAutolink = extended
        let linkIndex = append(link)
        let textIndex = arena.add(.text, text: text)
        arena.appendChild(textIndex, to: linkIndex)
    }

    // MARK: - Text, breaks and escapes

    /// The bytes that may end a run of plain text, as bit sets over 0-63 (`low`) and 64-127 (`high`): a line
    /// break, `\\`, `` ` ``, `*`, `_`, `[`, `]`, `!`, `<` and `&`, plus (`extendedHigh`, with the extensions on)
    /// `~` and the letters `h` and `w` in either case, where an extended autolink may start.
    private static let textStops: (low: UInt64, high: UInt64, extendedHigh: UInt64) = {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for byte in "\n\\`*_[]!<&".utf8 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        var extendedHigh = high
        for byte in "~hHwW".utf8 { extendedHigh |= 1 << UInt64(byte - 64) }
        return (low, high, extendedHigh)
    }()

    private mutating func parseText() {
        let start = position
        position = Self.textEnd(in: bytes, from: start + 1, extensions: options.extensions)
        appendText(start..<position)
    }

    /// Where the run of plain text continuing at `index` ends: at the next byte that may start syntax.
    ///
    /// A static function over locals because this is the parser's innermost loop: it runs once per byte of
    /// ordinary prose.
    private static func textEnd(in bytes: [UInt8], from index: Int, extensions: Bool) -> Int {
        // One shift and test per byte instead of a chain of comparisons.
        let stops = textStops
        let low = stops.low
        let high = extensions ? stops.extendedHigh : stops.high
        return bytes.withUnsafeBufferPointer { buffer in
            var cursor = index
            while cursor < buffer.count {
                let byte = buffer[cursor]
                let candidates = byte < 64 ? low : (byte < 128 ? high : 0)
                if candidates >> UInt64(byte & 63) & 1 != 0 {
                    let isAutolinkLetter = byte | 0x20 == UInt8(ascii: "w") || byte | 0x20 == UInt8(ascii: "h")
                    // `h` and `w` are only candidates; they end the text only where an autolink may start.
                    if !isAutolinkLetter || isAutolinkBoundary(cursor, in: bytes) { break }
                }
                cursor += 1
            }
            return cursor
        }
    }

    /// GFM extended autolinks may start at the beginning of the text, after whitespace, or after `*`, `_`,
    /// `~` or `(`.
    private static func isAutolinkBoundary(_ index: Int, in bytes: [UInt8]) -> Bool {
        let first = bytes[index] | 0x20
        guard first == UInt8(ascii: "w") || first == UInt8(ascii: "h") else { return false }
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        return CharacterClass.isASCIIWhitespace(before) || before == UInt8(ascii: "*") || before == UInt8(ascii: "_")
            || before == UInt8(ascii: "~") || before == UInt8(ascii: "(")
    }

    private mutating func parseNewline() {
        position += 1
        var kind = InlineKind.softBreak
        let last = arena.nodes[root].lastChild
        if last != -1 && arena.nodes[last].kind == .text && !arena.nodes[last].isLocked {
            // Trailing spaces are not content: two or more of them make the break a hard one.
            let text = arena.text(of: last)
            var spaces = 0
            while spaces < text.count && text[text.endIndex - 1 - spaces] == CharacterClass.space { spaces += 1 }
            if spaces > 0 { arena.removeLastText(last, count: spaces) }
            if spaces >= 2 { kind = .hardBreak }
        }
        _ = append(InlineNode(kind: kind))
        skipLeadingSpaces()
    }

    private mutating func skipLeadingSpaces() {
        while position < bytes.count && bytes[position] == CharacterClass.space { position += 1 }
    }

    private mutating func parseBackslash() {
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

    private mutating func parseEntity() {
        if let (value, end) = EntityDecoder.decodeReference(in: bytes, at: position) {
            appendText(value[...])
            position = end
        } else {
            appendText(position..<(position + 1))
            position += 1
        }
    }

    // MARK: - Code spans

    private mutating func parseBackticks() {
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
        _ = append(.code, text: content)
        position = closer + length
    }

    // MARK: - Emphasis delimiters

    private mutating func parseDelimiterRun() {
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
        let index = append(.text, text: bytes[start..<position], isLocked: true)
        if canOpen || canClose {
            delimiters.push(node: index, char: char, count: count, canOpen: canOpen, canClose: canClose)
        }
    }

    // MARK: - Brackets

    private mutating func pushBracket(isImage: Bool, length: Int) {
        let index = append(.text, text: bytes[position..<(position + length)], isLocked: true)
        if !brackets.isEmpty {
            brackets[brackets.count - 1].hasBracketAfter = true
        }
        position += length
        brackets.append(
            Bracket(node: index, textStart: position, isImage: isImage, previousDelimiter: delimiters.top))
    }

    // MARK: - Angle brackets

    private mutating func parseLeftAngle() {
        if let autolink = Autolink.match(bytes, at: position) {
            let text = EntityDecoder.decodeReferences(bytes[autolink.content])
            var destination = text
            if autolink.isEmail { destination = Array("mailto:".utf8) + text }
            appendLink(text: text[...], destination: destination, extended: false)
            position = autolink.end
            return
        }
        if let end = htmlScanner.match(at: position) {
            _ = append(.rawHTML, text: bytes[position..<end])
            position = end
            return
        }
        appendText(position..<(position + 1))
        position += 1
    }
}
