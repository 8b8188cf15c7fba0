/// Splits PDF bytes into tokens (ISO 32000-1 §7.2 lexical conventions), for objects, content streams and CMaps.
///
/// The lexer is a value: copying it saves its position, so the object parser can look ahead for `n g R`.
struct PDFLexer {
    /// One token.
    enum Token: Equatable {
        case integer(Int)
        case real(Double)
        case string([UInt8])
        case name(String)
        case arrayOpen
        case arrayClose
        case dictionaryOpen
        case dictionaryClose
        /// A run of regular characters that is not a number: `obj`, `R`, `true`, an operator such as `Tj`.
        case keyword(String)
    }

    let bytes: [UInt8]
    var position: Int

    init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = max(0, position)
    }

    /// The white-space characters of Table 1 (§7.2.2).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// The delimiter characters of Table 2 (§7.2.2).
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    /// Whether the byte ends a run of regular characters.
    static func isRegular(_ byte: UInt8) -> Bool {
        !isWhitespace(byte) && !isDelimiter(byte)
    }

    /// Skips white space and comments (§7.2.3).
    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The next token, or `nil` at the end of the bytes.
    mutating func next() throws(PDFFailure) -> Token? {
        skipWhitespace()
        guard position < bytes.count else { return nil }
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "["):
            position += 1
            return .arrayOpen
        case UInt8(ascii: "]"):
            position += 1
            return .arrayClose
        case UInt8(ascii: "{"), UInt8(ascii: "}"):
            // PostScript procedures only appear in Type 4 functions; treat the braces as keywords.
            position += 1
            return .keyword(byte == UInt8(ascii: "{") ? "{" : "}")
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                return .dictionaryOpen
            }
            return .string(try hexString())
        case UInt8(ascii: ">"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                return .dictionaryClose
            }
            throw .damaged("an unexpected '>' at byte \(start)")
        case UInt8(ascii: ")"):
            throw .damaged("an unexpected ')' at byte \(start)")
        case UInt8(ascii: "("):
            return .string(try literalString())
        case UInt8(ascii: "/"):
            position += 1
            return .name(name())
        default:
            while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
            return Self.numberOrKeyword(bytes[start..<position])
        }
    }

    /// A number (§7.3.3) or a keyword; malformed numbers such as `--5` read as keywords.
    private static func numberOrKeyword(_ run: ArraySlice<UInt8>) -> Token {
        var digits = 0
        var dots = 0
        for (offset, byte) in run.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "+") where offset == 0, UInt8(ascii: "-") where offset == 0: continue
            default: return .keyword(String(decoding: run, as: UTF8.self))
            }
        }
        guard digits > 0, dots <= 1 else { return .keyword(String(decoding: run, as: UTF8.self)) }
        let text = String(decoding: run, as: UTF8.self)
        if dots == 0, digits <= 18, let value = Int(text) { return .integer(value) }
        if let value = Double(text), value.isFinite { return .real(value) }
        return .real(0)
    }

    /// A name after its slash, with `#xx` escapes resolved (§7.3.5).
    private mutating func name() -> String {
        var result: [UInt8] = []
        while position < bytes.count, Self.isRegular(bytes[position]) {
            let byte = bytes[position]
            if byte == UInt8(ascii: "#"), position + 2 < bytes.count,
                let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2])
            {
                result.append(high << 4 | low)
                position += 3
            } else {
                result.append(byte)
                position += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The value of a hexadecimal digit.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A hexadecimal string `<…>`; white space is ignored and an odd final digit is followed by 0 (§7.3.4.3).
    private mutating func hexString() throws(PDFFailure) -> [UInt8] {
        let start = position
        position += 1
        var result: [UInt8] = []
        var high: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") {
                if let high { result.append(high << 4) }
                return result
            }
            guard let value = Self.hexValue(byte) else {
                if Self.isWhitespace(byte) { continue }
                throw .damaged("a hexadecimal string at byte \(start) holds a character that is not a hex digit")
            }
            if let pending = high {
                result.append(pending << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        throw .damaged("a hexadecimal string at byte \(start) is not closed")
    }

    /// A literal string `(…)` with balanced parentheses and the escapes of Table 3 (§7.3.4.2).
    private mutating func literalString() throws(PDFFailure) -> [UInt8] {
        let start = position
        position += 1
        var depth = 1
        var result: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case 0x0D:
                    // A backslash at the end of a line continues the string without a line break.
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case 0x0A: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(escaped - UInt8(ascii: "0"))
                    var count = 1
                    while count < 3, position < bytes.count,
                        (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position])
                    {
                        value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                        count += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: value))
                default: result.append(escaped)
                }
            case 0x0D:
                // An end-of-line marker in a string reads as a single line feed (§7.3.4.2).
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                result.append(0x0A)
            default:
                result.append(byte)
            }
        }
        throw .damaged("a string at byte \(start) is not closed")
    }

    /// Whether the bytes at `offset` spell `word` followed by a non-regular character or the end.
    func matches(_ word: String, at offset: Int) -> Bool {
        let utf8 = Array(word.utf8)
        guard offset >= 0, offset + utf8.count <= bytes.count else { return false }
        for (index, byte) in utf8.enumerated() where bytes[offset + index] != byte { return false }
        let end = offset + utf8.count
        return end == bytes.count || !Self.isRegular(bytes[end])
    }

    /// Skips an inline image's data after its `ID` operator up to and including `EI` (§8.9.7).
    ///
    /// The data is binary and has no length in most files, so the end is the first `EI` with white space before it
    /// and white space, a delimiter or the end of the stream after it.
    mutating func skipInlineImageData() {
        // A single white-space character follows ID.
        position += 1
        while position + 1 < bytes.count {
            if bytes[position] == UInt8(ascii: "E"), bytes[position + 1] == UInt8(ascii: "I"),
                position > 0, Self.isWhitespace(bytes[position - 1]),
                position + 2 == bytes.count || !Self.isRegular(bytes[position + 2])
            {
                position += 2
                return
            }
            position += 1
        }
        position = bytes.count
    }
}
