/// Byte classes from the HTTP grammar (RFC 9110 §5.6), shared by the parsers in this module.
enum ASCII {
    static let zero = UInt8(ascii: "0")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let comma = UInt8(ascii: ",")
    static let hyphen = UInt8(ascii: "-")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let colon = UInt8(ascii: ":")

    /// `DIGIT` from RFC 5234.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `ALPHA` from RFC 5234.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// `SP / HTAB`, the bytes of `OWS`.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// `tchar` from RFC 9110 §5.6.2, the bytes a `token` (such as a range unit) is made of.
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        if isDigit(byte) || isLetter(byte) { return true }
        return "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }

    /// `etagc` from RFC 9110 §8.8.3: any visible byte except `"`, plus obs-text.
    static func isEntityTagCharacter(_ byte: UInt8) -> Bool {
        byte == 0x21 || (byte >= 0x23 && byte != 0x7F)
    }
}
