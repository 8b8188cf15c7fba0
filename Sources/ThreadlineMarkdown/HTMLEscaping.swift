/// Escapes text and attribute values for HTML output.
///
/// Every character that could end a text run or an attribute value (`&`, `<`, `>`, `"`, `'`) is replaced by a
/// character reference, so escaped output is safe both as element content and inside single- or double-quoted
/// attributes.
enum HTMLEscaping {
    /// Appends `bytes` to `output`, escaping the five HTML-significant characters.
    static func append(escaping bytes: [UInt8], to output: inout OutputBuffer) {
        append(escaping: bytes[...], to: &output)
    }

    /// Appends a slice to `output`, escaping the five HTML-significant characters.
    ///
    /// Runs of bytes that need no escape are copied in one piece; this is where most of the output is written.
    static func append(escaping bytes: ArraySlice<UInt8>, to output: inout OutputBuffer) {
        bytes.withUnsafeBufferPointer { buffer in
            var runStart = 0
            for index in 0..<buffer.count {
                let byte = buffer[index]
                // All five significant characters lie in `"`...`>`; most bytes are rejected by this one test.
                guard byte >= UInt8(ascii: "\""), byte <= UInt8(ascii: ">") else { continue }
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                append(markup: replacement, to: &output)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
    }

    /// Appends a literal that contains no characters needing escapes (markup the renderer writes itself).
    static func append(markup: StaticString, to output: inout OutputBuffer) {
        // `withUTF8Buffer` rather than `utf8Start`: a one-character literal is stored as a scalar, not as bytes.
        markup.withUTF8Buffer { output.append(contentsOf: $0) }
    }
}
