/// A resolved link reference definition.
struct LinkReference {
    var destination: [UInt8]
    var title: [UInt8]?
}

/// The link reference definitions of one document, keyed by normalised label.
///
/// Also owns the parser for definitions at the start of a paragraph, since definitions are only ever
/// recognised there and the first definition of a label wins.
struct LinkReferenceMap {
    private(set) var references: [String: LinkReference] = [:]

    func lookup(_ normalizedLabel: String) -> LinkReference? {
        references[normalizedLabel]
    }

    /// Records every link reference definition at the start of `content` (a paragraph's raw text) and returns
    /// how many bytes they take up: the paragraph's remaining text starts there.
    mutating func extractDefinitions(from content: [UInt8]) -> Int {
        var start = 0
        while start < content.count, content[start] == UInt8(ascii: "[") {
            guard let end = parseDefinition(content, at: start) else { break }
            start = end
        }
        return start
    }

    /// Parses one definition starting at `index`, returning the index of the next line when it succeeds.
    private mutating func parseDefinition(_ bytes: [UInt8], at index: Int) -> Int? {
        guard let label = LinkSyntax.scanLabel(bytes, at: index) else { return nil }
        var cursor = label.end
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else { return nil }
        cursor = LinkSyntax.skipSpacesAndOneNewline(bytes, from: cursor + 1)
        guard let destination = LinkSyntax.scanDestination(bytes, at: cursor) else { return nil }
        // An empty destination is only allowed in its `<>` form.
        if destination.isEmpty && !(cursor < bytes.count && bytes[cursor] == UInt8(ascii: "<")) { return nil }
        let afterDestination = destination.end

        var title: Range<Int>?
        var end: Int?
        let titleStart = LinkSyntax.skipSpacesAndOneNewline(bytes, from: afterDestination)
        if titleStart > afterDestination, let scanned = LinkSyntax.scanTitle(bytes, at: titleStart) {
            let lineEnd = LinkSyntax.skipSpacesAndTabs(bytes, from: scanned.end)
            if lineEnd == bytes.count || bytes[lineEnd] == CharacterClass.newline {
                title = scanned.content
                end = lineEnd
            }
        }
        if end == nil {
            // No usable title: the destination must then end its line.
            let lineEnd = LinkSyntax.skipSpacesAndTabs(bytes, from: afterDestination)
            guard lineEnd == bytes.count || bytes[lineEnd] == CharacterClass.newline else { return nil }
            end = lineEnd
        }
        guard var next = end else { return nil }
        if next < bytes.count { next += 1 }

        let key = LinkSyntax.normalizeLabel(bytes[label.content])
        if references[key] == nil {
            references[key] = LinkReference(
                destination: EntityDecoder.unescape(bytes[destination.content]),
                title: title.map { EntityDecoder.unescape(bytes[$0]) }
            )
        }
        return next
    }
}
