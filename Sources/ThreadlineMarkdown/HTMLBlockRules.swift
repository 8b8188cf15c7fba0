/// CommonMark's seven HTML block start conditions and their end conditions.
///
/// HTML blocks are recognised only so the block structure matches CommonMark (their lines are not parsed as
/// Markdown); the renderer escapes their content.
enum HTMLBlockRules {
    private static let rawTextNames: Set<String> = ["pre", "script", "style", "textarea"]

    private static let blockNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]

    /// The start condition (1-7) met by `line` at `index`, or `nil`.
    ///
    /// Condition 7 (any complete tag alone on its line) cannot interrupt a paragraph; the caller says whether
    /// one is open.
    static func startCondition(_ line: [UInt8], at index: Int, canInterruptParagraph: Bool) -> Int? {
        guard index < line.count, line[index] == UInt8(ascii: "<") else { return nil }
        let rest = index + 1
        if hasPrefix(line, "!--", at: rest) { return 2 }
        if hasPrefix(line, "?", at: rest) { return 3 }
        if hasPrefix(line, "![CDATA[", at: rest) { return 5 }
        if hasPrefix(line, "!", at: rest), rest + 1 < line.count, CharacterClass.isLetter(line[rest + 1]) {
            return 4
        }
        let isClosing = hasPrefix(line, "/", at: rest)
        let nameStart = isClosing ? rest + 1 : rest
        var nameEnd = nameStart
        while nameEnd < line.count && CharacterClass.isAlphanumeric(line[nameEnd]) {
            nameEnd += 1
        }
        let name = String(decoding: line[nameStart..<nameEnd].map(CharacterClass.lowercased), as: UTF8.self)
        let after: UInt8? = nameEnd < line.count ? line[nameEnd] : nil
        if !isClosing && rawTextNames.contains(name) {
            if after == nil || after == UInt8(ascii: ">") || CharacterClass.isSpaceOrTab(after!) { return 1 }
        }
        if blockNames.contains(name) {
            let endsName =
                after == nil || after == UInt8(ascii: ">") || CharacterClass.isSpaceOrTab(after!)
                || (after == UInt8(ascii: "/") && hasPrefix(line, "/>", at: nameEnd))
            if endsName { return 6 }
        }
        if canInterruptParagraph && isCompleteTagLine(line, at: index) {
            return 7
        }
        return nil
    }

    /// Whether `line` (from `index`) ends an HTML block of the given type 1-5.
    static func endConditionMet(_ line: [UInt8], from index: Int, type: Int) -> Bool {
        let lowered = line[min(index, line.count)...].map(CharacterClass.lowercased)
        switch type {
        case 1:
            return ["</pre>", "</script>", "</style>", "</textarea>"].contains { contains(lowered, $0) }
        case 2: return contains(lowered, "-->")
        case 3: return contains(lowered, "?>")
        case 4: return contains(lowered, ">")
        case 5: return contains(lowered, "]]>")
        default: return false
        }
    }

    /// Condition 7: a complete open or closing tag (other than the raw-text ones) followed only by whitespace.
    private static func isCompleteTagLine(_ line: [UInt8], at index: Int) -> Bool {
        var scanner = RawHTMLScanner(bytes: line)
        let isClosing = hasPrefix(line, "/", at: index + 1)
        guard let end = scanner.match(at: index) else { return false }
        let nameStart = index + (isClosing ? 2 : 1)
        if let nameEnd = scanner.scanTagName(at: nameStart) {
            let name = String(decoding: line[nameStart..<nameEnd].map(CharacterClass.lowercased), as: UTF8.self)
            if rawTextNames.contains(name) { return false }
        }
        return line[end...].allSatisfy(CharacterClass.isSpaceOrTab)
    }

    private static func hasPrefix(_ line: [UInt8], _ literal: String, at index: Int) -> Bool {
        var cursor = index
        for byte in literal.utf8 {
            guard cursor < line.count, CharacterClass.lowercased(line[cursor]) == CharacterClass.lowercased(byte)
            else { return false }
            cursor += 1
        }
        return true
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return false }
        var index = 0
        while index + pattern.count <= haystack.count {
            if haystack[index] == pattern[0] && Array(haystack[index..<(index + pattern.count)]) == pattern {
                return true
            }
            index += 1
        }
        return false
    }
}
