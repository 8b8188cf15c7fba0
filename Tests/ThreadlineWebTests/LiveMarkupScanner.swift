import Foundation

/// Finds markup in a page that a browser would run or follow into script: script elements Threadline did not write,
/// event-handler attributes, and `javascript:`, `vbscript:` or `data:` addresses.
///
/// It reads tags the way a browser's tokenizer starts to: `<` then a letter begins a tag, attributes run to `>`, and
/// entity references in attribute values are decoded before the address is judged (so `&#106;avascript:` counts).
enum LiveMarkupScanner {
    /// Elements that run script or load other documents: no page contains one except in the forms `isOurs` allows.
    static let dangerousElements: Set<String> = [
        "script", "iframe", "object", "embed", "style", "base", "frame", "frameset", "applet", "meta", "link", "math",
        "svg",
    ]

    /// Attributes whose value is an address a browser may follow or load.
    static let addressAttributes: Set<String> = [
        "href", "src", "action", "formaction", "poster", "data", "xlink:href", "background", "srcset",
    ]

    /// Whether a tag of a dangerous element is one Threadline writes itself.
    static func isOurs(_ name: String, _ tag: String) -> Bool {
        switch name {
        case "script": tag.hasPrefix("<script src=\"/assets/") && tag.hasSuffix(".js\" defer>")
        case "svg":
            tag.contains("class=\"journey-chart\"") || tag.contains("class=\"heatmap-chart\"")
                || tag.contains("class=\"journey-infographic ") || tag.contains("class=\"sparkline\"")
        case "meta": tag.hasPrefix("<meta charset=") || tag.hasPrefix("<meta name=\"")
        case "link":
            tag.hasPrefix("<link rel=\"stylesheet\" href=\"/assets/") || tag.hasPrefix("<link rel=\"alternate\"")
                || tag == "<link rel=\"icon\" href=\"data:,\">"
        default: false
        }
    }

    /// Every problem found in `html`, each naming the tag.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count,
                CharacterSet.letters.contains(scalars[index + 1])
            else {
                index += 1
                continue
            }
            var cursor = index + 1
            var name = ""
            while cursor < scalars.count, !isSpace(scalars[cursor]), scalars[cursor] != ">", scalars[cursor] != "/" {
                name.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            var attributes: [(name: String, value: String)] = []
            // Attributes as a browser's tokenizer reads them: names end at space, "/", "=" or ">"; values are quoted
            // or run to a space or ">".
            while cursor < scalars.count, scalars[cursor] != ">" {
                if isSpace(scalars[cursor]) || scalars[cursor] == "/" {
                    cursor += 1
                    continue
                }
                var attribute = ""
                while cursor < scalars.count, !isSpace(scalars[cursor]), !["/", "=", ">"].contains(scalars[cursor]) {
                    attribute.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
                var value = ""
                if cursor < scalars.count, scalars[cursor] == "=" {
                    cursor += 1
                    while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
                    if cursor < scalars.count, scalars[cursor] == "\"" || scalars[cursor] == "'" {
                        let quote = scalars[cursor]
                        cursor += 1
                        while cursor < scalars.count, scalars[cursor] != quote {
                            value.unicodeScalars.append(scalars[cursor])
                            cursor += 1
                        }
                        cursor += 1
                    } else {
                        while cursor < scalars.count, !isSpace(scalars[cursor]), scalars[cursor] != ">" {
                            value.unicodeScalars.append(scalars[cursor])
                            cursor += 1
                        }
                    }
                }
                if attribute.isEmpty { cursor += 1 } else { attributes.append((attribute.lowercased(), value)) }
            }
            let end = min(cursor, scalars.count - 1)
            let tag = String(String.UnicodeScalarView(scalars[index...end]))
            problems += check(name: name.lowercased(), attributes: attributes, tag: tag)
            index = cursor + 1
        }
        return problems
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private static func check(name: String, attributes: [(name: String, value: String)], tag: String) -> [String] {
        var problems: [String] = []
        if dangerousElements.contains(name), !isOurs(name, tag) {
            problems.append("<\(name)> element: \(tag.prefix(120))")
        }
        for attribute in attributes {
            if attribute.name.hasPrefix("on") {
                problems.append("event handler \(attribute.name): \(tag.prefix(120))")
            }
            if attribute.name == "style", attribute.value.lowercased().contains("url(") {
                problems.append("style with an address: \(tag.prefix(120))")
            }
            guard addressAttributes.contains(attribute.name), !(name == "link" && isOurs(name, tag)) else { continue }
            let decoded = decodeEntities(attribute.value).unicodeScalars.filter {
                !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0)
            }
            let text = String(String.UnicodeScalarView(decoded)).lowercased()
            if text.hasPrefix("javascript:") || text.hasPrefix("vbscript:") || text.hasPrefix("data:") {
                problems.append("dangerous address in \(attribute.name): \(tag.prefix(160))")
            }
        }
        return problems
    }

    /// Decodes `&#NN;`, `&#xNN;` and the named references that spell a scheme's punctuation.
    static func decodeEntities(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) < 12
            else {
                output += "&"
                rest = rest.dropFirst()
                continue
            }
            let body = rest[rest.index(after: rest.startIndex)..<semicolon].lowercased()
            var scalar: Unicode.Scalar?
            if body.hasPrefix("#x") {
                scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                let named: [String: Unicode.Scalar] = [
                    "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "quot": "\"", "apos": "'", "lt": "<",
                    "gt": ">",
                ]
                scalar = named[body]
            }
            if let scalar {
                output.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                output += "&"
                rest = rest.dropFirst()
            }
        }
        return output + rest
    }
}
