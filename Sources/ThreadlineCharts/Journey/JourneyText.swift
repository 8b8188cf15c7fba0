/// Text helpers shared by both orientations: escaping, ids, shortening, wrapping and number formatting.
enum JourneyText {
    /// Escapes text for XML (see `SVGText`).
    static func escape(_ text: String) -> String { SVGText.escape(text) }

    /// `prefix` made safe as an id (see `SVGText`).
    static func identifier(_ prefix: String) -> String { SVGText.identifier(prefix, startingWith: "j") }

    /// Whether `text` has no whitespace but single spaces between words, judged on ASCII bytes alone (text with
    /// other bytes is simply normalised).
    static func isSingleLine(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7f else { return false }
            if byte == 0x20, previousWasSpace { return false }
            previousWasSpace = byte == 0x20
        }
        return !previousWasSpace || text.isEmpty
    }

    /// The number of characters, read off the byte count when the text is printable ASCII: labels are counted
    /// several times each, and counting grapheme clusters is the slow part for hundreds of them.
    static func characterCount(_ text: some StringProtocol) -> Int {
        let bytes = text.utf8
        return bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7f } ? bytes.count : text.count
    }

    /// `text` on one line, cut to at most `length` characters with "…" when longer.
    static func shortened(_ text: String, to length: Int) -> String {
        var line = text
        if !isSingleLine(text) {
            // Runs of whitespace (line breaks too) become single spaces; reading stops once the line is too long.
            line = ""
            var count = 0
            forEachWord(in: text) { word in
                if count > 0 {
                    line += " "
                    count += 1
                }
                line += word
                count += characterCount(word)
                return count <= length
            }
        }
        guard characterCount(line) > length, length > 1 else { return line }
        var kept = String(line.prefix(length - 1))
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// Word-wraps `text` into lines of at most `limit` characters, at most `maximumLines` of them; the last line
    /// ends in "…" when text was left out. Words longer than a line are broken. Work stops once the lines are full,
    /// so a huge title costs little more than a short one.
    static func wrapped(_ text: String, limit: Int, maximumLines: Int) -> [String] {
        let limit = max(limit, 2)
        let maximumLines = max(maximumLines, 1)
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        var overflowed = false
        forEachWord(in: text) { piece in
            var word = piece
            var wordCount = characterCount(word)
            while wordCount > limit {
                if currentCount > 0 {
                    lines.append(current)
                    current = ""
                    currentCount = 0
                }
                lines.append(String(word.prefix(limit)))
                word = word.dropFirst(limit)
                wordCount -= limit
                if lines.count > maximumLines {
                    overflowed = true
                    return false
                }
            }
            if wordCount == 0 {
                return true
            } else if currentCount == 0 {
                current = String(word)
                currentCount = wordCount
            } else if currentCount + 1 + wordCount <= limit {
                current += " " + word
                currentCount += 1 + wordCount
            } else {
                lines.append(current)
                current = String(word)
                currentCount = wordCount
            }
            if lines.count >= maximumLines {
                overflowed = true
                return false
            }
            return true
        }
        if !overflowed, currentCount > 0 { lines.append(current) }
        guard overflowed else { return lines }
        var kept = Array(lines.prefix(maximumLines))
        var last = kept.removeLast()
        if last.count >= limit {
            // Room for the "…": drop the last word rather than cut it, unless the line is one word.
            last = String(last.prefix(limit - 1))
            if let space = last.lastIndex(of: " ") { last = String(last[..<space]) }
        }
        while last.last == " " { last.removeLast() }
        kept.append(last + "…")
        return kept
    }

    /// Calls `body` with each run of non-whitespace in `text`, in order, until it returns `false`. Scanning lazily
    /// means a huge title costs no more than the words actually used.
    static func forEachWord(in text: String, _ body: (Substring) -> Bool) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, isWhitespace(scalars[index]) { index = scalars.index(after: index) }
            guard index < scalars.endIndex else { return }
            let start = index
            while index < scalars.endIndex, !isWhitespace(scalars[index]) { index = scalars.index(after: index) }
            guard body(text[start..<index]) else { return }
        }
    }

    /// Whitespace, answered from a table for ASCII (the common case) and from Unicode properties otherwise.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0d).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// A rough width for `text` in the chart's sans-serif font: about 0.56 em a character (0.6 when bold), enough
    /// to keep labels apart without measuring glyphs.
    static func estimatedWidth(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        Double(characterCount(text)) * fontSize * (bold ? 0.6 : 0.56)
    }

    /// A coordinate with at most one decimal ("12", "12.5", "-3.2"), written the same on every platform.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((min(max(value, -1e12), 1e12) * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
