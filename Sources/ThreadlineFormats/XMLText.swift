/// Escapes text for XML 1.0 element content and attribute values.
enum XMLText {
    /// `text` as element content: markup characters escaped, forbidden characters removed.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` as a double- or single-quoted attribute value: as `content`, and white space kept exactly.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Whether XML 1.0 allows the scalar at all (its `Char` production); the rest cannot even be escaped.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func escape(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            // A parser turns a raw CR (or CR LF) into LF, and in attributes tab and LF into spaces;
            // character references survive both, so the text reads back exactly as given.
            case "\r": escaped += "&#xD;"
            case "\n" where inAttribute: escaped += "&#xA;"
            case "\t" where inAttribute: escaped += "&#x9;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
