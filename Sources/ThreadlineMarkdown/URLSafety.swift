/// Decides whether a link or image destination may be emitted as an `href` or `src`.
///
/// Only `http`, `https`, `mailto` and `tel` URLs and scheme-less (relative, fragment or query) references are allowed.
/// The check is deliberately more suspicious than a browser: it decodes character references and percent
/// escapes, drops every control, whitespace and invisible formatting character (browsers skip several of those
/// inside schemes), and lowercases before looking for a scheme. Anything that still reads as a scheme (a letter,
/// then letters, digits, `+`, `-` or `.`, then `:`) must be an allowed one, so `jav&#x09;ascript:`,
/// ` JaVaScRiPt:`, `java\tscript:` and `%6Aavascript:` are all rejected, as are `data:`, `vbscript:` and every
/// other scheme.
enum URLSafety {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Whether `destination` (already unescaped by the Markdown parser) is safe to emit.
    static func isSafe(_ destination: ArraySlice<UInt8>) -> Bool {
        if let verdict = asciiVerdict(destination) {
            return verdict
        }
        var probe = Array(destination)
        // Decode repeatedly so double-encoded tricks are seen for what they would become after further decoding.
        for _ in 0..<3 {
            let decoded = percentDecode(EntityDecoder.decodeReferences(probe[...]))
            if decoded == probe { break }
            probe = decoded
        }
        var scheme: [UInt8] = []
        for scalar in String(decoding: probe, as: UTF8.self).unicodeScalars {
            if isIgnorable(scalar) { continue }
            if scalar == ":" {
                return !scheme.isEmpty && allowedSchemes.contains(String(decoding: scheme, as: UTF8.self))
            }
            guard scalar.isASCII else { return true }
            let byte = UInt8(scalar.value)
            let isSchemeByte =
                CharacterClass.isLetter(byte)
                || (!scheme.isEmpty
                    && (CharacterClass.isDigit(byte) || byte == UInt8(ascii: "+")
                        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
            // A character that cannot be part of a scheme (including `/`, `?` and `#`) means the colon, if any,
            // comes later: browsers then resolve the destination as a relative reference.
            guard isSchemeByte else { return true }
            scheme.append(CharacterClass.lowercased(byte))
        }
        return true
    }

    /// The verdict of `isSafe` for the common case, reached without decoding or allocating; `nil` when the
    /// destination needs the general path.
    ///
    /// Decoding only ever rewrites a `&…;` or `%XX` sequence itself, and UTF-8 decoding turns ASCII bytes into
    /// the same scalars, so up to the first `&`, `%` or non-ASCII byte the general path sees exactly these bytes.
    /// This walk applies the same rules to them and gives up at such a byte unless it has already decided; its
    /// answer is therefore always the general path's answer. The scheme is kept packed in an integer (at most
    /// eight bytes; no allowed scheme is longer than six) instead of an array.
    private static func asciiVerdict(_ destination: ArraySlice<UInt8>) -> Bool? {
        var scheme: UInt64 = 0
        var schemeLength = 0
        for byte in destination {
            if byte >= 0x80 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "%") {
                return nil
            }
            // `isIgnorable` for ASCII: controls, space and DEL (no printable ASCII character is in its categories).
            if byte <= 0x20 || byte == 0x7F { continue }
            if byte == UInt8(ascii: ":") {
                return schemeLength > 0 && schemeLength <= 6 && isAllowedScheme(scheme, length: schemeLength)
            }
            let isSchemeByte =
                CharacterClass.isLetter(byte)
                || (schemeLength > 0
                    && (CharacterClass.isDigit(byte) || byte == UInt8(ascii: "+")
                        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
            guard isSchemeByte else { return true }
            if schemeLength < 8 {
                scheme = scheme << 8 | UInt64(CharacterClass.lowercased(byte))
            }
            schemeLength += 1
        }
        return true
    }

    /// Whether a scheme packed by `asciiVerdict` is one of `allowedSchemes`.
    private static func isAllowedScheme(_ packed: UInt64, length: Int) -> Bool {
        for allowed in ["http", "https", "mailto", "tel"] as [StaticString] where allowed.utf8CodeUnitCount == length {
            var value: UInt64 = 0
            for offset in 0..<length {
                value = value << 8 | UInt64(allowed.utf8Start[offset])
            }
            if value == packed { return true }
        }
        return false
    }

    /// Whether a (safe, normalised) destination leaves the site: an absolute `http(s)` URL or a scheme-relative
    /// `//host/…` one.
    static func isExternal(_ destination: ArraySlice<UInt8>) -> Bool {
        hasPrefixIgnoringCase(destination, "http://") || hasPrefixIgnoringCase(destination, "https://")
            || hasPrefixIgnoringCase(destination, "//")
    }

    /// Whether `bytes` starts with `prefix` (lower-case ASCII), ignoring the case of ASCII letters.
    private static func hasPrefixIgnoringCase(_ bytes: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = bytes.startIndex
        for offset in 0..<count where CharacterClass.lowercased(bytes[start + offset]) != prefix.utf8Start[offset] {
            return false
        }
        return true
    }

    /// Characters a browser may skip or strip while parsing a scheme, plus other invisible ones for good measure.
    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value <= 0x20 || (value >= 0x7F && value <= 0xA0) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .format, .control:
            return true
        default:
            return false
        }
    }

    private static func percentDecode(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
