/// Scanners for the pieces of link syntax shared by inline links and link reference definitions.
///
/// Each scanner takes the index where the construct should start and returns the index just past it, or `nil`
/// when the text there is not that construct; none of them allocate unless they succeed.
enum LinkSyntax {
    /// CommonMark caps link labels at 999 characters, which also bounds the work done per bracket.
    static let maxLabelLength = 999

    private static let backslash = UInt8(ascii: "\\")

    /// Scans a link label `[...]` at `index`, returning the range of its content and the index past `]`.
    static func scanLabel(_ bytes: [UInt8], at index: Int) -> (content: Range<Int>, end: Int)? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        var cursor = index + 1
        var sawNonBlank = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if cursor - index - 1 > maxLabelLength { return nil }
            if byte == backslash, cursor + 1 < bytes.count, CharacterClass.isASCIIPunctuation(bytes[cursor + 1]) {
                sawNonBlank = true
                cursor += 2
                continue
            }
            if byte == UInt8(ascii: "[") { return nil }
            if byte == UInt8(ascii: "]") {
                guard sawNonBlank, cursor - index - 1 <= maxLabelLength else { return nil }
                return ((index + 1)..<cursor, cursor + 1)
            }
            if !CharacterClass.isASCIIWhitespace(byte) { sawNonBlank = true }
            cursor += 1
        }
        return nil
    }

    /// Scans a link destination at `index`: either `<...>` or a run of non-space characters with balanced
    /// parentheses. The returned range excludes the angle brackets; the raw bytes still need `unescape`.
    static func scanDestination(_ bytes: [UInt8], at index: Int) -> (content: Range<Int>, end: Int, isEmpty: Bool)? {
        let count = bytes.count
        if index < count && bytes[index] == UInt8(ascii: "<") {
            var cursor = index + 1
            while cursor < count {
                let byte = bytes[cursor]
                if byte == backslash, cursor + 1 < count, CharacterClass.isASCIIPunctuation(bytes[cursor + 1]) {
                    cursor += 2
                    continue
                }
                if byte == UInt8(ascii: ">") {
                    return ((index + 1)..<cursor, cursor + 1, cursor == index + 1)
                }
                if byte == UInt8(ascii: "<") || byte == CharacterClass.newline { return nil }
                cursor += 1
            }
            return nil
        }
        var cursor = index
        var depth = 0
        while cursor < count {
            let byte = bytes[cursor]
            if byte == backslash, cursor + 1 < count, CharacterClass.isASCIIPunctuation(bytes[cursor + 1]) {
                cursor += 2
                continue
            }
            if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            } else if byte <= 0x20 || byte == 0x7F {
                break
            }
            cursor += 1
        }
        guard depth == 0 else { return nil }
        return (index..<cursor, cursor, cursor == index)
    }

    /// Scans a link title in `"..."`, `'...'` or `(...)` at `index`, returning its raw content range.
    static func scanTitle(_ bytes: [UInt8], at index: Int) -> (content: Range<Int>, end: Int)? {
        guard index < bytes.count else { return nil }
        let open = bytes[index]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""): close = open
        case UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var cursor = index + 1
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == backslash, cursor + 1 < bytes.count, CharacterClass.isASCIIPunctuation(bytes[cursor + 1]) {
                cursor += 2
                continue
            }
            if byte == close { return ((index + 1)..<cursor, cursor + 1) }
            if open == UInt8(ascii: "("), byte == open { return nil }
            cursor += 1
        }
        return nil
    }

    /// Skips spaces and tabs, and at most one line ending among them.
    static func skipSpacesAndOneNewline(_ bytes: [UInt8], from index: Int) -> Int {
        var cursor = index
        var sawNewline = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if CharacterClass.isSpaceOrTab(byte) {
                cursor += 1
            } else if byte == CharacterClass.newline && !sawNewline {
                sawNewline = true
                cursor += 1
            } else {
                break
            }
        }
        return cursor
    }

    static func skipSpacesAndTabs(_ bytes: [UInt8], from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count && CharacterClass.isSpaceOrTab(bytes[cursor]) {
            cursor += 1
        }
        return cursor
    }

    /// Normalises a label for matching: whitespace runs collapse to one space, ends are trimmed, and case is
    /// folded (lowercasing then uppercasing approximates Unicode case folding, e.g. `ẞ` matches `SS`).
    static func normalizeLabel(_ bytes: ArraySlice<UInt8>) -> String {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if CharacterClass.isASCIIWhitespace(byte) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(CharacterClass.space) }
                pendingSpace = false
                collapsed.append(byte)
            }
        }
        return String(decoding: collapsed, as: UTF8.self).lowercased().uppercased()
    }
}
