/// GFM extended autolinks: `www.example.com`, `http://…` and `https://…` recognised in running text.
enum ExtendedAutolink {
    /// Matches an extended autolink at `index`; the caller has checked the preceding character.
    static func match(_ bytes: [UInt8], at index: Int) -> (end: Int, destination: [UInt8])? {
        let prefix: [UInt8]
        if hasPrefix(bytes, "www.", at: index) {
            prefix = Array("http://".utf8)
        } else if hasPrefix(bytes, "http://", at: index) || hasPrefix(bytes, "https://", at: index) {
            prefix = []
        } else {
            return nil
        }
        let domainStart = prefix.isEmpty ? skipScheme(bytes, at: index) : index
        guard let domainEnd = scanDomain(bytes, from: domainStart, requirePeriod: !prefix.isEmpty) else {
            return nil
        }
        var end = domainEnd
        while end < bytes.count && !CharacterClass.isASCIIWhitespace(bytes[end]) && bytes[end] != UInt8(ascii: "<") {
            end += 1
        }
        end = trimTrailing(bytes, start: index, end: end)
        guard end > domainStart else { return nil }
        return (end, prefix + Array(bytes[index..<end]))
    }

    private static func skipScheme(_ bytes: [UInt8], at index: Int) -> Int {
        var cursor = index
        while bytes[cursor] != UInt8(ascii: ":") { cursor += 1 }
        return cursor + 3
    }

    /// Dot-separated segments of letters, digits, `_` and `-`; no `_` in the last two segments.
    private static func scanDomain(_ bytes: [UInt8], from start: Int, requirePeriod: Bool) -> Int? {
        var cursor = start
        var segmentUnderscores: [Bool] = [false]
        var periods = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte >= 0x80 {
                cursor += 1
            } else if byte == UInt8(ascii: "_") {
                segmentUnderscores[segmentUnderscores.count - 1] = true
                cursor += 1
            } else if byte == UInt8(ascii: "."), cursor + 1 < bytes.count, isDomainByte(bytes[cursor + 1]) {
                periods += 1
                segmentUnderscores.append(false)
                cursor += 1
            } else {
                break
            }
        }
        guard cursor > start else { return nil }
        if requirePeriod && periods == 0 { return nil }
        if segmentUnderscores.suffix(2).contains(true) { return nil }
        return cursor
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Drops trailing punctuation, unbalanced closing parentheses and entity-like `&name;` endings.
    private static func trimTrailing(_ bytes: [UInt8], start: Int, end: Int) -> Int {
        var end = end
        // Count parentheses once; only trailing `)` are ever removed, so the counts stay easy to maintain.
        let opens = bytes[start..<end].filter { $0 == UInt8(ascii: "(") }.count
        var closes = bytes[start..<end].filter { $0 == UInt8(ascii: ")") }.count
        while end > start {
            let last = bytes[end - 1]
            switch last {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
                continue
            case UInt8(ascii: ")"):
                if closes > opens {
                    closes -= 1
                    end -= 1
                    continue
                }
            case UInt8(ascii: ";"):
                var cursor = end - 2
                while cursor > start && CharacterClass.isAlphanumeric(bytes[cursor]) { cursor -= 1 }
                if cursor < end - 2 && bytes[cursor] == UInt8(ascii: "&") {
                    end = cursor
                    continue
                }
            default:
                break
            }
            return end
        }
        return end
    }

    /// Whether `literal` (lower-case ASCII) starts at `index`, ignoring case. A `StaticString` so the check reads
    /// bytes directly: it runs at the start of every word beginning with `h` or `w`.
    private static func hasPrefix(_ bytes: [UInt8], _ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where CharacterClass.lowercased(bytes[index + offset]) != literal.utf8Start[offset] {
            return false
        }
        return true
    }
}
