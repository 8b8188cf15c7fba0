/// Decodes HTML character references and backslash escapes found in Markdown source.
enum EntityDecoder {
    /// Tries to read a character reference starting at `index` (which must hold `&`).
    ///
    /// Returns the UTF-8 replacement and the index just past the terminating `;`, or `nil` when the text is not a
    /// valid reference (CommonMark then treats the `&` as a literal character).
    static func decodeReference(in bytes: [UInt8], at index: Int) -> (value: [UInt8], end: Int)? {
        let count = bytes.count
        guard index + 2 < count, bytes[index] == UInt8(ascii: "&") else { return nil }
        if bytes[index + 1] == UInt8(ascii: "#") {
            return decodeNumeric(in: bytes, at: index + 2)
        }
        // Named references: a letter, then up to 31 more alphanumerics, then `;`.
        var cursor = index + 1
        guard CharacterClass.isLetter(bytes[cursor]) else { return nil }
        while cursor < count && cursor - index <= 32 && CharacterClass.isAlphanumeric(bytes[cursor]) {
            cursor += 1
        }
        guard cursor < count, bytes[cursor] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
        guard let value = HTMLEntityTable.value(for: name) else { return nil }
        return (Array(value.utf8), cursor + 1)
    }

    private static func decodeNumeric(in bytes: [UInt8], at start: Int) -> (value: [UInt8], end: Int)? {
        let count = bytes.count
        var cursor = start
        var isHex = false
        if cursor < count && (bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X")) {
            isHex = true
            cursor += 1
        }
        let digitsStart = cursor
        var value: UInt32 = 0
        // CommonMark allows at most 7 decimal or 6 hexadecimal digits, which also keeps `value` from overflowing.
        let maxDigits = isHex ? 6 : 7
        while cursor < count && cursor - digitsStart < maxDigits {
            let byte = bytes[cursor]
            if isHex, CharacterClass.isHexDigit(byte) {
                value = value * 16 + UInt32(hexValue(byte))
            } else if !isHex, CharacterClass.isDigit(byte) {
                value = value * 10 + UInt32(byte - 0x30)
            } else {
                break
            }
            cursor += 1
        }
        guard cursor > digitsStart, cursor < count, bytes[cursor] == UInt8(ascii: ";") else { return nil }
        // Code point zero, surrogates and out-of-range values become the replacement character.
        let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? Unicode.Scalar(0xFFFD)!
        return (Array(String(Character(scalar)).utf8), cursor + 1)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        if CharacterClass.isDigit(byte) { return byte - 0x30 }
        return CharacterClass.lowercased(byte) - 0x61 + 10
    }

    /// Resolves backslash escapes and character references, as CommonMark does for link destinations, titles
    /// and code block info strings.
    static func unescape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let source = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "\\"), index + 1 < source.count,
                CharacterClass.isASCIIPunctuation(source[index + 1])
            {
                output.append(source[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), let (value, end) = decodeReference(in: source, at: index) {
                output.append(contentsOf: value)
                index = end
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// Decodes character references only (autolinks take backslashes literally).
    static func decodeReferences(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let source = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "&"), let (value, end) = decodeReference(in: source, at: index) {
                output.append(contentsOf: value)
                index = end
            } else {
                output.append(source[index])
                index += 1
            }
        }
        return output
    }
}
