/// Percent-encodes a destination for use in an `href` or `src` attribute.
///
/// Characters that are legal in URLs (letters, digits and the reserved and unreserved punctuation) pass through,
/// existing `%XX` escapes are kept, and everything else (spaces, quotes, angle brackets, backslashes, non-ASCII)
/// is percent-encoded as UTF-8. This matches the reference CommonMark renderers, and it means a destination can
/// never contain a quote that would end the attribute early. The caller still HTML-escapes the result, which
/// turns `&` and `'` into character references.
enum URLNormalizer {
    private static let hexDigits: StaticString = "0123456789ABCDEF"

    /// Whether `normalize` would return `bytes` unchanged: every byte is kept as it is and every `%` starts an
    /// escape. Most destinations are, and the renderer then writes them without building a copy.
    static func isNormalized(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let isEscape =
                    index + 2 < end && CharacterClass.isHexDigit(bytes[index + 1])
                    && CharacterClass.isHexDigit(bytes[index + 2])
                guard isEscape else { return false }
                index += 3
                continue
            }
            guard CharacterClass.isAlphanumeric(byte) || isKeptPunctuation(byte) else { return false }
            index += 1
        }
        return true
    }

    static func normalize(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let isEscape =
                    index + 2 < end && CharacterClass.isHexDigit(bytes[index + 1])
                    && CharacterClass.isHexDigit(bytes[index + 2])
                if isEscape {
                    output.append(contentsOf: bytes[index...(index + 2)])
                    index += 3
                } else {
                    output.append(UInt8(ascii: "%"))
                    output.append(UInt8(ascii: "2"))
                    output.append(UInt8(ascii: "5"))
                    index += 1
                }
                continue
            }
            if CharacterClass.isAlphanumeric(byte) || isKeptPunctuation(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits.utf8Start[Int(byte >> 4)])
                output.append(hexDigits.utf8Start[Int(byte & 0x0F)])
            }
            index += 1
        }
        return output
    }

    /// `;/?:@&=+$,-_.!~*'()#`: punctuation that keeps its meaning in a URL. A switch rather than a `Set`, since
    /// this runs for every byte of every destination.
    private static func isKeptPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"),
            UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"),
            UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }
}
