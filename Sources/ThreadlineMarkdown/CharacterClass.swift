/// Byte- and scalar-level character tests shared by the block and inline parsers.
///
/// The parsers work on UTF-8 bytes because every Markdown syntax character is ASCII; only the emphasis
/// flanking rules need whole Unicode scalars, which `scalar(endingBefore:in:)` and `scalar(at:in:)` decode.
enum CharacterClass {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// Space, tab, line feed, form feed or carriage return: the whitespace Markdown syntax cares about.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == 0x0C || byte == carriageReturn
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte)
    }

    /// The ASCII punctuation characters that a backslash may escape.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    /// CommonMark's Unicode whitespace: category Zs plus tab, line feed, form feed and carriage return.
    static func isUnicodeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// CommonMark 0.31's Unicode punctuation: general categories P (punctuation) and S (symbol).
    static func isUnicodePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return isASCIIPunctuation(UInt8(scalar.value))
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Decodes the scalar that starts at `index`; `nil` at the end of the buffer.
    static func scalar(at index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length: Int
        var value: UInt32
        if lead >= 0xF0 {
            length = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else {
            length = 2
            value = UInt32(lead & 0x1F)
        }
        guard index + length <= bytes.count else { return Unicode.Scalar(0xFFFD) }
        for offset in 1..<length {
            value = (value << 6) | UInt32(bytes[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)
    }

    /// Decodes the scalar that ends just before `index`; `nil` at the start of the buffer.
    static func scalar(endingBefore index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard index > 0 else { return nil }
        var start = index - 1
        // Walk back over continuation bytes (10xxxxxx) to the lead byte; valid UTF-8 needs at most three steps.
        while start > 0 && index - start < 4 && bytes[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return scalar(at: start, in: bytes)
    }
}
