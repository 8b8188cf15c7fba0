/// Turns WebVTT cue text into plain text and the first voice's name.
///
/// This follows the WebVTT cue text tokenizer (https://www.w3.org/TR/webvtt1/#cue-text-parsing-rules) but keeps
/// only what a transcript needs: text, with every tag removed (`<b>`, `<i>`, `<u>`, `<c.class>`, `<lang en>`,
/// `<ruby>`, `<rt>`, `<v Name>`, unknown tags and timestamp tags such as `<00:01.000>`), the character references
/// WebVTT 1 lists (`&amp;` `&lt;` `&gt;` `&lrm;` `&rlm;` `&nbsp;` and numeric ones) decoded, and the annotation of
/// the first `<v>` span. Ruby text (`<rt>`) is kept, since dropping spoken words is worse than an odd reading.
/// Every byte is visited once, so the cost is linear in the text's length.
struct WebVTTCueText {
    /// The text without markup, with each line trimmed of spaces and tabs and blank lines at either end removed.
    let text: String

    /// The annotation of the first voice span, with whitespace runs collapsed to one space and the ends trimmed;
    /// `nil` when the cue has no voice span or its annotation is empty.
    let voice: String?

    init(_ source: [UInt8]) {
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var voice: String?
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == TranscriptBytes.ampersand {
                index = Self.appendCharacterReference(source, at: index, to: &output)
            } else if byte == TranscriptBytes.lessThan {
                let tag = Self.readTag(source, at: &index)
                if voice == nil, tag.name == [UInt8(ascii: "v")], !tag.annotation.isEmpty {
                    voice = tag.annotation
                }
            } else {
                output.append(byte)
                index += 1
            }
        }
        self.text = TranscriptBytes.plainText(output)
        self.voice = voice
    }

    /// A start tag's name and annotation; end tags and timestamp tags have neither.
    private struct Tag {
        var name: [UInt8] = []
        var annotation = ""
    }

    /// Reads the tag starting at the `<` at `index` and moves `index` past its `>` (or to the end of the text, where
    /// WebVTT ends an unclosed tag).
    private static func readTag(_ source: [UInt8], at index: inout Int) -> Tag {
        index += 1
        var tag = Tag()
        guard index < source.count else { return tag }
        let first = source[index]
        if first == TranscriptBytes.solidus || TranscriptBytes.isDigit(first) {
            // An end tag or a timestamp tag: nothing in it matters for plain text.
            while index < source.count, source[index] != TranscriptBytes.greaterThan {
                index += 1
            }
            index = min(index + 1, source.count)
            return tag
        }
        while index < source.count {
            let byte = source[index]
            if byte == TranscriptBytes.greaterThan || byte == TranscriptBytes.fullStop
                || TranscriptBytes.isWhitespace(byte)
            {
                break
            }
            tag.name.append(byte)
            index += 1
        }
        // Classes (`.loud.quiet`) run to whitespace or `>`; they are not needed.
        while index < source.count, source[index] != TranscriptBytes.greaterThan,
            !TranscriptBytes.isWhitespace(source[index])
        {
            index += 1
        }
        var annotation: [UInt8] = []
        while index < source.count, source[index] != TranscriptBytes.greaterThan {
            if source[index] == TranscriptBytes.ampersand {
                index = appendCharacterReference(source, at: index, to: &annotation)
            } else {
                annotation.append(source[index])
                index += 1
            }
        }
        index = min(index + 1, source.count)
        tag.annotation = collapsingWhitespace(annotation)
        return tag
    }

    private static func collapsingWhitespace(_ bytes: [UInt8]) -> String {
        var collapsed: [UInt8] = []
        var pendingSpace = false
        for byte in bytes {
            if TranscriptBytes.isWhitespace(byte) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace {
                    collapsed.append(TranscriptBytes.space)
                    pendingSpace = false
                }
                collapsed.append(byte)
            }
        }
        return TranscriptBytes.decode(collapsed[...])
    }

    /// The named references of WebVTT 1 (https://www.w3.org/TR/2019/CR-webvtt1-20190404/#webvtt-cue-text-span).
    private static let namedReferences: [[UInt8]: Unicode.Scalar] = [
        Array("amp".utf8): "&", Array("lt".utf8): "<", Array("gt".utf8): ">",
        Array("lrm".utf8): "\u{200E}", Array("rlm".utf8): "\u{200F}", Array("nbsp".utf8): "\u{00A0}",
    ]

    /// The longest reference name looked at; longer runs cannot be a reference WebVTT knows.
    private static let maximumReferenceLength = 10

    /// Decodes the character reference at the `&` at `index` into `output` and returns the index after it. A
    /// reference that is not recognised is copied as written, like HTML does.
    private static func appendCharacterReference(_ source: [UInt8], at index: Int, to output: inout [UInt8]) -> Int {
        var cursor = index + 1
        if cursor < source.count, source[cursor] == TranscriptBytes.numberSign {
            if let (scalar, end) = numericReference(source, afterNumberSign: cursor + 1) {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                return end
            }
        } else {
            let nameStart = cursor
            while cursor < source.count, cursor - nameStart <= maximumReferenceLength,
                TranscriptBytes.isASCIILetterOrDigit(source[cursor])
            {
                cursor += 1
            }
            if cursor < source.count, source[cursor] == TranscriptBytes.semicolon,
                let scalar = namedReferences[Array(source[nameStart..<cursor])]
            {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                return cursor + 1
            }
        }
        output.append(TranscriptBytes.ampersand)
        return index + 1
    }

    /// Reads `#123;` or `#x1F600;` (the `;` may be missing, as HTML allows). Code points that cannot appear in text
    /// (zero, surrogates, beyond U+10FFFF) become U+FFFD.
    private static func numericReference(_ source: [UInt8], afterNumberSign start: Int) -> (Unicode.Scalar, Int)? {
        var cursor = start
        var radix = 10
        if cursor < source.count, source[cursor] == UInt8(ascii: "x") || source[cursor] == UInt8(ascii: "X") {
            radix = 16
            cursor += 1
        }
        let digitsStart = cursor
        var value = 0
        while cursor < source.count, let digit = digitValue(source[cursor], radix: radix) {
            // Stop growing once past the largest code point, so long digit runs cannot overflow.
            value = min(value * radix + digit, 0x110000)
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < source.count, source[cursor] == TranscriptBytes.semicolon {
            cursor += 1
        }
        let scalar = value == 0 ? nil : Unicode.Scalar(UInt32(value))
        return (scalar ?? "\u{FFFD}", cursor)
    }

    private static func digitValue(_ byte: UInt8, radix: Int) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}
