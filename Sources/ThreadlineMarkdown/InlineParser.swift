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
    /// Where `bytes` starts in the arena's byte buffer, which holds a copy of it: `bytes[range]` is
    /// `arena.bytes[range + sourceBase]`, so nodes can refer to the source without copying it.
    var sourceBase = 0
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
    mutating func parse(_ content: ArraySlice<UInt8>) -> Int {
        // The scanners still share the previous block's bytes; letting go of them first leaves the buffer uniquely
        // referenced, so it is refilled in place rather than reallocated for every block.
        codeSpanCloser = CodeSpanCloser(bytes: [])
        htmlScanner = RawHTMLScanner(bytes: [])
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: content[Self.trimmedRange(content)])
        sourceBase = arena.store(bytes).lowerBound
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
    private static func trimmedRange(_ content: ArraySlice<UInt8>) -> Range<Int> {
        var end = content.endIndex
        while end > content.startIndex && CharacterClass.isASCIIWhitespace(content[end - 1]) { end -= 1 }
        var start = content.startIndex
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
                appendLink(
                    text: stored(position..<autolink.end), destination: arena.store(autolink.destination),
                    extended: true)
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

    /// Where the source bytes at `range` are in the arena's buffer.
    func stored(_ range: Range<Int>) -> Range<Int> {
        (range.lowerBound + sourceBase)..<(range.upperBound + sourceBase)
    }

    /// Appends the source bytes at `range` as literal text, merging them into the previous text node when that
    /// node is plain text.
    mutating func appendText(_ range: Range<Int>) {
        let last = arena.nodes[root].lastChild
        if last != -1 && arena.nodes[last].kind == .text && !arena.nodes[last].isLocked {
            arena.appendText(last, stored: stored(range))
        } else {
            _ = append(.text, stored: stored(range))
        }
    }

    /// Appends decoded text that is not in the source as it stands (a character reference's value).
    mutating func appendText(_ text: ArraySlice<UInt8>) {
        let last = arena.nodes[root].lastChild
        if last != -1 && arena.nodes[last].kind == .text && !arena.nodes[last].isLocked {
            arena.appendText(last, text)
        } else {
            _ = append(.text, stored: arena.store(text))
        }
    }

    /// Appends a node of `kind` holding the arena bytes at `range` as the root's last child.
    mutating func append(_ kind: InlineKind, stored range: Range<Int>, isLocked: Bool = false) -> Int {
        let index = arena.add(kind, stored: range, isLocked: isLocked)
        arena.appendChild(index, to: root)
        return index
    }

    /// Appends a link whose text and destination are already in the arena.
    private mutating func appendLink(text: Range<Int>, destination: Range<Int>, extended: Bool) {
        var link = InlineNode(kind: .link)
        link.destination = destination
        link.isExtendedAutolink = extended
        let linkIndex = append(link)
        let textIndex = arena.add(.text, stored: text)
        arena.appendChild(textIndex, to: linkIndex)
    }

    // MARK: - Text, breaks and escapes

    /// For each byte value, whether it may end a run of plain text: `stop` for a line break, `\\`, `` ` ``, `*`,
    /// `_`, `[`, `]`, `!`, `<` and `&` (plus `~` with the extensions on), and `autolinkLetter` for `h` and `w` in
    /// either case (extensions only), where an extended autolink may start. One table per setting.
    private static let textStopTables: (standard: [UInt8], extended: [UInt8]) = {
        var standard = [UInt8](repeating: plain, count: 256)
        for byte in "\n\\`*_[]!<&".utf8 { standard[Int(byte)] = stop }
        var extended = standard
        extended[Int(UInt8(ascii: "~"))] = stop
        for byte in "hHwW".utf8 { extended[Int(byte)] = autolinkLetter }
        return (standard, extended)
    }()
    private static let plain: UInt8 = 0
    private static let stop: UInt8 = 1
    private static let autolinkLetter: UInt8 = 2

    private mutating func parseText() {
        let start = position
        position = Self.textEnd(in: bytes, from: start + 1, extensions: options.extensions)
        appendText(start..<position)
    }

    /// Where the run of plain text continuing at `index` (at least 1) ends: at the next byte that may start
    /// syntax.
    ///
    /// A static function over locals because this is the parser's innermost loop: it runs once per byte of
    /// ordinary prose, so it is one table lookup per byte rather than a chain of comparisons.
    private static func textEnd(in bytes: [UInt8], from index: Int, extensions: Bool) -> Int {
        let tables = textStopTables
        let table = extensions ? tables.extended : tables.standard
        return table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { buffer in
                var cursor = index
                while cursor < buffer.count {
                    let kind = table[Int(buffer[cursor])]
                    if kind != plain {
                        // `h` and `w` are only candidates: they end the text only where an autolink may start.
                        // `cursor` is past the run's first byte, so there is a byte before it.
                        if kind == stop || isAutolinkBoundary(after: buffer[cursor - 1]) { break }
                    }
                    cursor += 1
                }
                return cursor
            }
        }
    }

    /// GFM extended autolinks may start at the beginning of the text, after whitespace, or after `*`, `_`,
    /// `~` or `(`.
    private static func isAutolinkBoundary(_ index: Int, in bytes: [UInt8]) -> Bool {
        let first = bytes[index] | 0x20
        guard first == UInt8(ascii: "w") || first == UInt8(ascii: "h") else { return false }
        guard index > 0 else { return true }
        return isAutolinkBoundary(after: bytes[index - 1])
    }

    /// Whether an extended autolink may start after `before`: whitespace, `*`, `_`, `~` or `(`.
    private static func isAutolinkBoundary(after before: UInt8) -> Bool {
        CharacterClass.isASCIIWhitespace(before) || before == UInt8(ascii: "*") || before == UInt8(ascii: "_")
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
        _ = append(.code, stored: arena.store(content))
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
        let index = append(.text, stored: stored(start..<position), isLocked: true)
        if canOpen || canClose {
            delimiters.push(node: index, char: char, count: count, canOpen: canOpen, canClose: canClose)
        }
    }

    // MARK: - Brackets

    private mutating func pushBracket(isImage: Bool, length: Int) {
        let index = append(.text, stored: stored(position..<(position + length)), isLocked: true)
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
            let text = arena.store(EntityDecoder.decodeReferences(bytes[autolink.content]))
            var destination = text
            if autolink.isEmail {
                destination = arena.store(Array("mailto:".utf8) + arena.bytes[text])
            }
            appendLink(text: text, destination: destination, extended: false)
            position = autolink.end
            return
        }
        if let end = htmlScanner.match(at: position) {
            _ = append(.rawHTML, stored: stored(position..<end))
            position = end
            return
        }
        appendText(position..<(position + 1))
        position += 1
    }
}
