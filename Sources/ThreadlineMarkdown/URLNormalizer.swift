/// Percent-encodes a destination for use in an `href` or `src` attribute.
///
/// Characters that are legal in URLs (letters, digits and the reserved and unreserved punctuation) pass through,
/// existing `%XX` escapes are kept, and everything else (spaces, quotes, angle brackets, backslashes, non-ASCII)
/// is percent-encoded as UTF-8. This matches the reference CommonMark renderers, and it means a destination can
/// never contain a quote that would end the attribute early. The caller still HTML-escapes the result, which
/// turns `&` and `'` into character references.
enum URLNormalizer {
    private static let keptPunctuation: Set<UInt8> = Set(";/?:@&=+$,-_.!~*'()#".utf8)
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let isEscape =
                    index + 2 < bytes.count && CharacterClass.isHexDigit(bytes[index + 1])
                    && CharacterClass.isHexDigit(bytes[index + 2])
                if isEscape {
                    output.append(contentsOf: bytes[index...(index + 2)])
                    index += 3
                } else {
                    output.append(contentsOf: Array("%25".utf8))
                    index += 1
                }
                continue
            }
            if CharacterClass.isAlphanumeric(byte) || keptPunctuation.contains(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
            index += 1
        }
        return output
    }
}
