import Foundation

/// Checks the encoding an XML document declares before `XMLParser` sees it.
///
/// QDA-XML documents are UTF-8 (the REFI-QDA standard says so; some tools write UTF-16). libxml2, under Foundation's
/// `XMLParser`, converts any other declared encoding through iconv, and fuzzing found that a project declaring
/// `encoding="utf-7"` with stray bytes after it crashes the process inside libxml2 (a null dereference in
/// `xmlParseChunk`). Refusing encodings no QDA tool writes keeps hostile archives away from that code.
enum QDAXMLDeclaration {
    /// The encodings accepted, lower-cased: UTF-8, its ASCII subset, and UTF-16.
    static let acceptedEncodings: Set<String> = [
        "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be",
    ]

    /// How far into the document the declaration is looked for; it must come first, so a few hundred bytes is ample.
    static let scanLength = 512

    /// Throws when the document's XML declaration names an encoding other than UTF-8 or UTF-16, or when the
    /// document is in EBCDIC, whose declaration libxml2 reads through iconv before this check could see it.
    ///
    /// NUL bytes and a byte order mark are dropped before looking, so a UTF-16 document's declaration is read like a
    /// UTF-8 one (fuzzing found the same crash behind a UTF-16 byte order mark).
    static func checkEncoding(_ data: Data) throws(REFIQDAError) {
        if ucs4Signatures.contains(where: { data.starts(with: $0) }) {
            throw REFIQDAError(
                .invalidValue, "The XML is in UCS-4; QDA-XML documents must be UTF-8 (or UTF-16).",
                attribute: "encoding", line: 1)
        }
        if data.starts(with: ebcdicSignature) {
            throw REFIQDAError(
                .invalidValue, "The XML is in EBCDIC; QDA-XML documents must be UTF-8 (or UTF-16).",
                attribute: "encoding", line: 1)
        }
        let bytes = data.prefix(scanLength).filter { $0 != 0 }.drop(while: { byteOrderMarkBytes.contains($0) })
        let head = String(decoding: bytes, as: UTF8.self)
        guard let declaration = Self.declaration(in: head), let encoding = Self.encoding(in: declaration) else {
            return
        }
        guard acceptedEncodings.contains(encoding.lowercased()) else {
            throw REFIQDAError(
                .invalidValue,
                "The XML declares the encoding '\(encoding.prefix(40))'; QDA-XML documents must be UTF-8 (or UTF-16).",
                attribute: "encoding", line: 1)
        }
    }

    /// The first bytes by which libxml2 recognises a UCS-4 document (`<` or a byte order mark in each byte order);
    /// fuzzing found that `00 00 00 3C` followed by an ordinary document crashes libxml2 in `xmlParseChunk`.
    private static let ucs4Signatures: [[UInt8]] = [
        [0x00, 0x00, 0x00, 0x3C], [0x3C, 0x00, 0x00, 0x00], [0x00, 0x00, 0x3C, 0x00], [0x00, 0x3C, 0x00, 0x00],
        [0x00, 0x00, 0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00],
    ]

    /// `<?xm` in EBCDIC, by which libxml2 recognises an EBCDIC document.
    private static let ebcdicSignature: [UInt8] = [0x4C, 0x6F, 0xA7, 0x94]

    /// The bytes of the UTF-8 and UTF-16 byte order marks.
    private static let byteOrderMarkBytes: Set<UInt8> = [0xEF, 0xBB, 0xBF, 0xFE, 0xFF]

    /// Throws when the document holds a processing instruction with a target and no data, such as `<?name?>`.
    ///
    /// libxml2 hands such an instruction to Foundation's `XMLParser` with a null data pointer, which it reads as a C
    /// string and crashes (fuzzing found it); no QDA tool writes one. NUL bytes are dropped first, so UTF-16 is
    /// checked too; the line reported is counted in the bytes so kept.
    static func checkProcessingInstructions(_ data: Data) throws(REFIQDAError) {
        let bytes = Array(data.filter { $0 != 0 })
        var line = 1
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            if bytes[index] == 0x3C, bytes[index + 1] == 0x3F {
                var end = index + 2
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                if end > index + 2, end + 1 < bytes.count, bytes[end] == 0x3F, bytes[end + 1] == 0x3E {
                    let target = String(decoding: bytes[(index + 2)..<end].prefix(40), as: UTF8.self)
                    throw REFIQDAError(
                        .malformedXML,
                        "The processing instruction <?\(target)?> has no data; QDA-XML documents do not use it.",
                        line: line)
                }
            }
            index += 1
        }
    }

    /// Whether `byte` may be part of an XML name (ASCII name characters, or any byte of a non-ASCII character).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == 0x5F || byte == 0x3A || byte == 0x2E || byte == 0x2D
    }

    /// The text of the `<?xml … ?>` declaration at the start of `head`, if there is one.
    private static func declaration(in head: String) -> Substring? {
        let trimmed = Substring(head)
        guard trimmed.hasPrefix("<?xml") else { return nil }
        guard let end = trimmed.range(of: "?>") else { return trimmed }
        return trimmed[..<end.lowerBound]
    }

    /// The value of the declaration's `encoding` pseudo-attribute, without its quotes.
    private static func encoding(in declaration: Substring) -> String? {
        guard let key = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[key.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix(while: { $0 != quote })
        return String(value)
    }
}
