/// Escapes text and attribute values for HTML output.
///
/// Every character that could end a text run or an attribute value (`&`, `<`, `>`, `"`, `'`) is replaced by a
/// character reference, so escaped output is safe both as element content and inside single- or double-quoted
/// attributes.
enum HTMLEscaping {
    /// Appends `bytes` to `output`, escaping the five HTML-significant characters.
    static func append(escaping bytes: [UInt8], to output: inout [UInt8]) {
        append(escaping: bytes[...], to: &output)
    }

    /// Appends a slice to `output`, escaping the five HTML-significant characters.
    static func append(escaping bytes: ArraySlice<UInt8>, to output: inout [UInt8]) {
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if let replacement = replacement(for: bytes[index]) {
                output.append(contentsOf: bytes[runStart..<index])
                output.append(contentsOf: replacement)
                runStart = index + 1
            }
            index += 1
        }
        output.append(contentsOf: bytes[runStart..<bytes.endIndex])
    }

    /// Appends a literal that contains no characters needing escapes (markup the renderer writes itself).
    static func append(markup: StaticString, to output: inout [UInt8]) {
        markup.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)

    private static func replacement(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): return ampersand
        case UInt8(ascii: "<"): return lessThan
        case UInt8(ascii: ">"): return greaterThan
        case UInt8(ascii: "\""): return quote
        case UInt8(ascii: "'"): return apostrophe
        default: return nil
        }
    }
}
