/// The text rules every chart's SVG follows: escaping for XML, ids safe in `aria-labelledby`, shortened labels.
enum SVGText {
    /// Escapes text for XML character data and attribute values.
    static func escape(_ text: String) -> String {
        // Most labels need nothing; checking the UTF-8 bytes first avoids rebuilding them.
        let needsEscaping = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard needsEscaping else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// `prefix` reduced to characters safe in an XML id and in `aria-labelledby`'s space-separated list: ASCII
    /// letters, digits, `-` and `_`, starting with a letter (`letter` is put in front otherwise).
    static func identifier(_ prefix: String, startingWith letter: String) -> String {
        let allowed = prefix.unicodeScalars.filter {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                || $0 == "_"
        }
        let kept = String(String.UnicodeScalarView(allowed))
        guard let first = kept.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        else { return letter + kept }
        return kept
    }

    /// `text` cut to `length` characters, ending in "…" (without a space before it) when it was longer.
    static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length, length > 1 else { return text }
        var kept = String(text.prefix(length - 1))
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }
}
