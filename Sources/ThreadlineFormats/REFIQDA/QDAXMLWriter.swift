/// Builds indented XML text with correct escaping.
///
/// Attribute values escape tab, LF and CR as character references so attribute-value normalisation cannot
/// change them; element text escapes CR so that XML line-end normalisation keeps CRLF text intact.
struct QDAXMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var depth = 0

    /// Opens an element; `nil` attribute values are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = [], empty: Bool = false)
        throws(REFIQDAError)
    {
        indent()
        text += "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            text += " " + key + "=\""
            try Self.escape(value, into: &text, attribute: true, element: name, name: key)
            text += "\""
        }
        if empty {
            text += " />\n"
        } else {
            text += ">\n"
            depth += 1
        }
    }

    /// Closes the innermost open element.
    mutating func close(_ name: String) {
        depth -= 1
        indent()
        text += "</" + name + ">\n"
    }

    /// Writes `<name>text</name>` on one line, the text kept exactly.
    mutating func textElement(_ name: String, _ content: String) throws(REFIQDAError) {
        indent()
        text += "<" + name + ">"
        try Self.escape(content, into: &text, attribute: false, element: name, name: nil)
        text += "</" + name + ">\n"
    }

    private mutating func indent() {
        text += String(repeating: "  ", count: depth)
    }

    private static func escape(
        _ value: String, into output: inout String, attribute: Bool, element: String, name: String?
    ) throws(REFIQDAError) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "\r": output += "&#13;"
            case "\n" where attribute: output += "&#10;"
            case "\t" where attribute: output += "&#9;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            default:
                // XML 1.0 cannot carry most C0 controls or U+FFFE/U+FFFF at all, not even as references.
                guard scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF else {
                    throw REFIQDAError(
                        .invalidProject,
                        "Character U+\(String(scalar.value, radix: 16, uppercase: true)) cannot be written in XML.",
                        element: element, attribute: name)
                }
                output.unicodeScalars.append(scalar)
            }
        }
    }
}
