/// CommonMark autolinks: `<scheme:rest>` and `<user@example.com>`.
enum Autolink {
    /// Matches an autolink at `index` (which holds `<`); `content` excludes the angle brackets.
    static func match(_ bytes: [UInt8], at index: Int) -> (content: Range<Int>, end: Int, isEmail: Bool)? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "<") else { return nil }
        if let end = matchURI(bytes, from: index + 1) {
            return ((index + 1)..<end, end + 1, false)
        }
        if let end = matchEmail(bytes, from: index + 1) {
            return ((index + 1)..<end, end + 1, true)
        }
        return nil
    }

    /// Scheme of 2-32 characters, `:`, then anything but whitespace, controls and angle brackets up to `>`.
    /// Returns the index of the closing `>`.
    private static func matchURI(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count, CharacterClass.isLetter(bytes[start]) else { return nil }
        var cursor = start + 1
        while cursor < bytes.count {
            let byte = bytes[cursor]
            let isSchemeByte =
                CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            guard isSchemeByte else { break }
            cursor += 1
        }
        let schemeLength = cursor - start
        guard (2...32).contains(schemeLength), cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else {
            return nil
        }
        cursor += 1
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ">") { return cursor }
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "<") { return nil }
            cursor += 1
        }
        return nil
    }

    /// The HTML5 "valid e-mail address" shape. Returns the index of the closing `>`.
    private static func matchEmail(_ bytes: [UInt8], from start: Int) -> Int? {
        let localPunctuation = Set(".!#$%&'*+/=?^_`{|}~-".utf8)
        var cursor = start
        while cursor < bytes.count
            && (CharacterClass.isAlphanumeric(bytes[cursor]) || localPunctuation.contains(bytes[cursor]))
        {
            cursor += 1
        }
        guard cursor > start, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "@") else { return nil }
        cursor += 1
        // One or more dot-separated labels: alphanumeric ends, hyphens inside, at most 63 characters.
        while true {
            let labelStart = cursor
            while cursor < bytes.count && cursor - labelStart < 63
                && (CharacterClass.isAlphanumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-"))
            {
                cursor += 1
            }
            guard cursor > labelStart, CharacterClass.isAlphanumeric(bytes[labelStart]),
                CharacterClass.isAlphanumeric(bytes[cursor - 1])
            else { return nil }
            guard cursor < bytes.count else { return nil }
            if bytes[cursor] == UInt8(ascii: ">") { return cursor }
            guard bytes[cursor] == UInt8(ascii: ".") else { return nil }
            cursor += 1
        }
    }
}
