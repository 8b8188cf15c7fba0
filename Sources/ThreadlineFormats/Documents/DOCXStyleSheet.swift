/// What a `.docx`'s paragraph styles say about structure: which styles are headings (and of what level), and which
/// number their paragraphs as a list. Read from `word/styles.xml` (ECMA-376 Part 1, §17.7).
///
/// Style IDs are not reliable on their own: Word names the ID after the style's name in the user's language
/// (`berschrift1` in German Word), while the style's `w:name` stays the built-in English "heading 1". So a style is a
/// heading when its name is "heading N" or "Title", or when its paragraph properties give an outline level
/// (`w:outlineLvl`, §17.3.1.20); styles inherit both through `w:basedOn`.
struct DOCXStyleSheet: DocumentXMLHandler {
    /// One paragraph style's own settings, before inheritance.
    private struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        /// `true` for a style that numbers its paragraphs, `false` for one that turns numbering off (`w:numId` 0).
        var numbered: Bool?
    }

    private var styles: [String: Style] = [:]
    private var current: (id: String, style: Style)?
    /// Depth inside a `w:pPr` of the current style; properties elsewhere (table style parts) are not its own.
    private var propertiesDepth = 0
    private var skipDepth = 0

    /// The heading level (1–6) of paragraphs in style `id`, or `nil` when the style is not a heading.
    ///
    /// A style the sheet does not define (or a document without `styles.xml`) is judged by Word's own IDs,
    /// `Heading1`…`Heading9` and `Title`.
    func headingLevel(ofStyle id: String) -> Int? {
        var id = id
        var visited: Set<String> = []
        while let style = styles[id], visited.insert(id).inserted {
            if let name = style.name?.lowercased() {
                if name == "title" { return 1 }
                if let level = Self.level(afterPrefix: "heading ", in: name) { return level }
            }
            if let outline = style.outlineLevel { return Self.headingLevel(outlineLevel: outline) }
            guard let parent = style.basedOn else { return nil }
            id = parent
        }
        guard visited.isEmpty || styles[id] == nil else { return nil }
        if id == "Title" { return 1 }
        return Self.level(afterPrefix: "Heading", in: id)
    }

    /// Whether paragraphs in style `id` are numbered or bulleted by their style.
    func isNumbered(style id: String) -> Bool {
        var id = id
        var visited: Set<String> = []
        while let style = styles[id], visited.insert(id).inserted {
            if let numbered = style.numbered { return numbered }
            guard let parent = style.basedOn else { return false }
            id = parent
        }
        return false
    }

    /// The heading level for a `w:outlineLvl` value: 0 is level 1; 9 means body text (§17.3.1.20).
    static func headingLevel(outlineLevel: Int) -> Int? {
        (0...8).contains(outlineLevel) ? min(outlineLevel + 1, 6) : nil
    }

    /// The level in `text` after `prefix` ("heading 2" → 2), capped at 6; Word has nine levels, blocks have six.
    private static func level(afterPrefix prefix: String, in text: String) -> Int? {
        guard text.hasPrefix(prefix), let level = Int(text.dropFirst(prefix.count)), (1...9).contains(level) else {
            return nil
        }
        return min(level, 6)
    }

    mutating func start(_ name: String, namespace: String, attributes: [String: String]) {
        guard DOCXNamespace.isWordprocessing(namespace) else { return }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if current == nil {
            if name == "style", attributes["type"] == "paragraph", let id = attributes["styleId"] {
                current = (id, Style())
            }
            return
        }
        switch name {
        case "name": current?.style.name = attributes["val"]
        case "basedOn": current?.style.basedOn = attributes["val"]
        case "pPr": propertiesDepth += 1
        // Conditional formatting and tracked changes hold properties that are not the style's own.
        case "tblStylePr", "pPrChange", "rPrChange": skipDepth = 1
        case "outlineLvl" where propertiesDepth > 0:
            current?.style.outlineLevel = attributes["val"].flatMap { Int($0) }
        case "numId" where propertiesDepth > 0:
            current?.style.numbered = attributes["val"] != "0"
        default: break
        }
    }

    mutating func end(_ name: String, namespace: String) {
        guard DOCXNamespace.isWordprocessing(namespace) else { return }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name {
        case "pPr": propertiesDepth = max(0, propertiesDepth - 1)
        case "style":
            if let current, styles[current.id] == nil { styles[current.id] = current.style }
            current = nil
            propertiesDepth = 0
        default: break
        }
    }

    mutating func characters(_ text: String) {}
}
