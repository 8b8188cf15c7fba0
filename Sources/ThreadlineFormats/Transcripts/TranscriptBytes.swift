/// ASCII byte constants and small byte tests shared by the transcript parsers and writers.
enum TranscriptBytes {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let formFeed: UInt8 = 0x0C
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let numberSign: UInt8 = 0x23
    static let ampersand: UInt8 = 0x26
    static let comma: UInt8 = 0x2C
    static let hyphen: UInt8 = 0x2D
    static let fullStop: UInt8 = 0x2E
    static let solidus: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let lessThan: UInt8 = 0x3C
    static let greaterThan: UInt8 = 0x3E
    static let leftBracket: UInt8 = 0x5B
    static let rightBracket: UInt8 = 0x5D

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// ASCII whitespace as WebVTT defines it: tab, line feed, form feed, carriage return and space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lineFeed || byte == formFeed || byte == carriageReturn
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// The index of the first `-->` in `range`, if any.
    static func firstArrow(in bytes: [UInt8], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + 2 < range.upperBound {
            if hasArrow(in: bytes, at: index, end: range.upperBound) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The index of the first byte in `range` at or after `index` that is not a space or tab.
    static func skipSpacesAndTabs(in bytes: [UInt8], from index: Int, upTo end: Int) -> Int {
        var index = index
        while index < end, isSpaceOrTab(bytes[index]) {
            index += 1
        }
        return index
    }

    /// The index of the first byte at or after `index` that is not ASCII whitespace.
    static func skipWhitespace(in bytes: [UInt8], from index: Int, upTo end: Int) -> Int {
        var index = index
        while index < end, isWhitespace(bytes[index]) {
            index += 1
        }
        return index
    }

    /// Whether `bytes` has `-->` at `index`.
    static func hasArrow(in bytes: [UInt8], at index: Int, end: Int) -> Bool {
        index + 2 < end && bytes[index] == hyphen && bytes[index + 1] == hyphen && bytes[index + 2] == greaterThan
    }

    /// `bytes` with CRLF and lone CR turned into LF.
    static func normalizingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(carriageReturn) else { return bytes }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == carriageReturn {
                normalized.append(lineFeed)
                if index + 1 < bytes.count, bytes[index + 1] == lineFeed {
                    index += 1
                }
            } else {
                normalized.append(bytes[index])
            }
            index += 1
        }
        return normalized
    }

    /// `range` without leading and trailing spaces and tabs.
    static func trimmingSpacesAndTabs(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        let start = skipSpacesAndTabs(in: bytes, from: range.lowerBound, upTo: range.upperBound)
        var end = range.upperBound
        while end > start, isSpaceOrTab(bytes[end - 1]) {
            end -= 1
        }
        return start..<end
    }

    /// Cue text without markup as the model stores it: each line trimmed of spaces and tabs, blank lines at the start
    /// and end dropped, lines joined with LF. Trimming keeps stray spaces left by removed tags out of the text.
    static func plainText(_ text: [UInt8]) -> String {
        var lines: [String] = []
        var lineStart = 0
        for index in 0...text.count where index == text.count || text[index] == lineFeed {
            lines.append(decode(text[trimmingSpacesAndTabs(text, lineStart..<index)]))
            lineStart = index + 1
        }
        guard let first = lines.firstIndex(where: { !$0.isEmpty }),
            let last = lines.lastIndex(where: { !$0.isEmpty })
        else { return "" }
        return lines[first...last].joined(separator: "\n")
    }

    /// SRT cue text without markup: as ``plainText(_:)``, but with every blank line dropped. A line of spaces ends an
    /// SRT cue, so a blank line inside the text can only be one that held nothing but tags (`<font color="red">`);
    /// keeping it would give text that no SRT file can hold, and that the writer could not write back (fuzzing found
    /// such a cue changing on a write and re-read). WebVTT keeps such lines, as a line of spaces does not end a cue.
    static func captionText(_ text: [UInt8]) -> String {
        plainText(text).split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
    }

    /// Decodes bytes as UTF-8, replacing malformed sequences and NUL with U+FFFD as WebVTT's parser does.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(0) else { return String(decoding: bytes, as: UTF8.self) }
        let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }
        return String(String.UnicodeScalarView(scalars))
    }
}
