/// Recognises CommonMark raw HTML constructs (tags, comments, processing instructions, declarations, CDATA).
///
/// The renderer never passes raw HTML through; recognising it still matters because CommonMark treats such a
/// construct as one opaque unit, so the `*` in `<a title="*">` must not start emphasis. The scanner remembers
/// failed searches for closing sequences: once no `-->` exists after some position, later `<!--` openers beyond
/// it fail immediately, which keeps inputs full of unterminated constructs linear.
struct RawHTMLScanner {
    private let bytes: [UInt8]
    /// Smallest start position from which a search for each terminator already failed.
    private var failedSearchFrom: [String: Int] = [:]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Matches a construct starting at `index` (which holds `<`), returning the index just past it.
    mutating func match(at index: Int) -> Int? {
        let count = bytes.count
        guard index + 1 < count, bytes[index] == UInt8(ascii: "<") else { return nil }
        let next = bytes[index + 1]
        if CharacterClass.isLetter(next) {
            return matchOpenTag(at: index)
        }
        if next == UInt8(ascii: "/") {
            return matchClosingTag(at: index)
        }
        if next == UInt8(ascii: "?") {
            return find("?>", from: index + 2)
        }
        if next == UInt8(ascii: "!") {
            if hasPrefix("<!--", at: index) {
                if hasPrefix("<!-->", at: index) { return index + 5 }
                if hasPrefix("<!--->", at: index) { return index + 6 }
                return find("-->", from: index + 4)
            }
            if hasPrefix("<![CDATA[", at: index) {
                return find("]]>", from: index + 9)
            }
            if index + 2 < count, CharacterClass.isLetter(bytes[index + 2]) {
                return find(">", from: index + 3)
            }
        }
        return nil
    }

    /// Tag name: an ASCII letter followed by letters, digits and hyphens. Returns the index past it.
    func scanTagName(at index: Int) -> Int? {
        guard index < bytes.count, CharacterClass.isLetter(bytes[index]) else { return nil }
        var cursor = index + 1
        while cursor < bytes.count
            && (CharacterClass.isAlphanumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-"))
        {
            cursor += 1
        }
        return cursor
    }

    private mutating func matchOpenTag(at index: Int) -> Int? {
        guard var cursor = scanTagName(at: index + 1) else { return nil }
        while true {
            let afterSpace = skipWhitespace(from: cursor)
            guard afterSpace < bytes.count else { return nil }
            let byte = bytes[afterSpace]
            if byte == UInt8(ascii: ">") { return afterSpace + 1 }
            if byte == UInt8(ascii: "/") {
                guard afterSpace + 1 < bytes.count, bytes[afterSpace + 1] == UInt8(ascii: ">") else { return nil }
                return afterSpace + 2
            }
            // Attributes must be separated from what precedes them by whitespace.
            guard afterSpace > cursor, let attributeEnd = scanAttribute(at: afterSpace) else { return nil }
            cursor = attributeEnd
        }
    }

    private mutating func scanAttribute(at index: Int) -> Int? {
        let first = bytes[index]
        guard CharacterClass.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") else {
            return nil
        }
        var cursor = index + 1
        while cursor < bytes.count {
            let byte = bytes[cursor]
            let isNameByte =
                CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
            guard isNameByte else { break }
            cursor += 1
        }
        // Optional value specification: whitespace, `=`, whitespace, value.
        let beforeEquals = skipWhitespace(from: cursor)
        guard beforeEquals < bytes.count, bytes[beforeEquals] == UInt8(ascii: "=") else { return cursor }
        let valueStart = skipWhitespace(from: beforeEquals + 1)
        guard valueStart < bytes.count else { return nil }
        let quote = bytes[valueStart]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            return find(quote == UInt8(ascii: "\"") ? "\"" : "'", from: valueStart + 1)
        }
        var valueEnd = valueStart
        while valueEnd < bytes.count {
            let byte = bytes[valueEnd]
            let forbidden =
                CharacterClass.isASCIIWhitespace(byte) || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "`")
            if forbidden { break }
            valueEnd += 1
        }
        return valueEnd > valueStart ? valueEnd : nil
    }

    private func matchClosingTag(at index: Int) -> Int? {
        guard let nameEnd = scanTagName(at: index + 2) else { return nil }
        let cursor = skipWhitespace(from: nameEnd)
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") else { return nil }
        return cursor + 1
    }

    private func skipWhitespace(from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count && CharacterClass.isASCIIWhitespace(bytes[cursor]) {
            cursor += 1
        }
        return cursor
    }

    private func hasPrefix(_ literal: String, at index: Int) -> Bool {
        var cursor = index
        for byte in literal.utf8 {
            guard cursor < bytes.count, bytes[cursor] == byte else { return false }
            cursor += 1
        }
        return true
    }

    /// Finds `terminator` at or after `index`, returning the index just past it.
    private mutating func find(_ terminator: String, from index: Int) -> Int? {
        if let failed = failedSearchFrom[terminator], index >= failed { return nil }
        let pattern = Array(terminator.utf8)
        var cursor = index
        while cursor + pattern.count <= bytes.count {
            if bytes[cursor] == pattern[0] && Array(bytes[cursor..<(cursor + pattern.count)]) == pattern {
                return cursor + pattern.count
            }
            cursor += 1
        }
        failedSearchFrom[terminator] = min(failedSearchFrom[terminator] ?? index, index)
        return nil
    }
}
