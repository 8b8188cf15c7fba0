import Mustache

/// The HTML escaping of every `{{value}}` in Threadline's templates, in place of Mustache's own.
///
/// Mustache's escaper walks a value's characters (grapheme clusters) and looks each one up in a dictionary. That
/// was a third of the time of a long coding page, and it misses a quote or an angle bracket that a combining mark
/// follows, because the cluster is then not the bare character: such a value could close an attribute early. This
/// one reads UTF-8 bytes and escapes the same five characters, with the same entities, wherever they stand; a
/// value with none of them is returned as it is, without a copy. `PageRenderer` selects it at the top of every
/// template.
struct ScalarHTMLContentType: MustacheContentType {
    /// The name the `CONTENT_TYPE` pragma selects it by.
    static let name = "THREADLINE_HTML"

    /// The pragma that selects it, put before each template's text on a line of its own: a standalone tag's line
    /// leaves nothing in the output, and the template's own first line keeps its standalone tags.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String { Self.escaped(text) }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references.
    static func escaped(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { replacement(for: $0) != nil }) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            var runStart = 0
            for index in bytes.indices {
                guard let replacement = replacement(for: bytes[index]) else { continue }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                replacement.withUTF8Buffer { result.append(contentsOf: $0) }
                runStart = index + 1
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            return String(decoding: result, as: UTF8.self)
        }
        return escaped ?? text
    }

    private static func replacement(for byte: UInt8) -> StaticString? {
        // All five lie between `"` and `>`: most bytes are turned away by the first comparison.
        guard byte >= UInt8(ascii: "\""), byte <= UInt8(ascii: ">") else { return nil }
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return nil
        }
    }
}
