import ThreadlineCore

/// Writes a `JSONValue` as pretty-printed JSON in one canonical form: two-space indents, keys in UTF-8 byte
/// order, whole numbers without a fraction, only the escapes JSON requires.
///
/// Foundation's `JSONEncoder` formats differently on Apple platforms and Linux (spacing, which characters it
/// escapes) and may change between releases; an export must be byte-identical wherever it is re-exported.
/// It is also several times faster for a large bundle.
struct CanonicalJSONWriter {
    /// The JSON text of `value`, without a trailing newline.
    func bytes(for value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, indent: 0, to: &output)
        return output
    }

    func write(_ value: JSONValue, indent: Int, to output: inout [UInt8]) {
        switch value {
        case .null:
            output += Array("null".utf8)
        case .bool(let flag):
            output += Array((flag ? "true" : "false").utf8)
        case .number(let number):
            output += Array(Self.text(for: number).utf8)
        case .string(let text):
            Self.writeString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += Array("[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(indent: indent + 1, to: &output)
                write(element, indent: indent + 1, to: &output)
            }
            Self.newline(indent: indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output += Array("{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(indent: indent + 1, to: &output)
                Self.writeString(key, to: &output)
                output += [UInt8(ascii: ":"), UInt8(ascii: " ")]
                write(members[key] ?? .null, indent: indent + 1, to: &output)
            }
            Self.newline(indent: indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    static func newline(indent: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output += repeatElement(UInt8(ascii: " "), count: indent * 2)
    }

    // Whole numbers as integers (`3`, not `3.0`); others in Swift's shortest round-tripping form, which is
    // valid JSON. JSON has no infinity or NaN; the parser never produces them, but `null` is safer than bad text.
    static func text(for number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most text needs no escape at all (0xE2 leads the UTF-8 of U+2028 and U+2029): copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            output += text.utf8
            output.append(UInt8(ascii: "\""))
            return
        }
        let hex = Array("0123456789abcdef".utf8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case "\\": output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case "\n": output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case "\r": output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case "\t": output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            // The other control characters, and the two separators JavaScript does not allow raw in strings.
            case "\u{0}"..."\u{1F}", "\u{2028}", "\u{2029}":
                let value = Int(scalar.value)
                output += Array("\\u".utf8)
                for shift in [12, 8, 4, 0] { output.append(hex[(value >> shift) & 0xF]) }
            default:
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
