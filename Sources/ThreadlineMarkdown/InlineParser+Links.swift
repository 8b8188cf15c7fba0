/// Link, image and footnote-reference resolution at a closing `]`.
extension InlineParser {
    mutating func parseCloseBracket() {
        let closePosition = position
        position += 1
        guard let opener = brackets.last else {
            appendText(closePosition..<position)
            return
        }
        guard opener.isActive else {
            brackets.removeLast()
            appendText(closePosition..<position)
            return
        }
        if options.extensions && !opener.isImage && resolveFootnoteReference(opener, closePosition: closePosition) {
            return
        }

        let afterBracket = position
        var target: (destination: Range<Int>, title: Range<Int>?)?
        if let inline = parseInlineLinkTail(at: afterBracket) {
            target = (inline.destination, inline.title)
            position = inline.end
        } else if let reference = resolveReference(opener, closePosition: closePosition) {
            target = (arena.store(reference.link.destination), reference.link.title.map { arena.store($0) })
            position = reference.end
        }

        guard let target else {
            brackets.removeLast()
            position = afterBracket
            appendText(closePosition..<afterBracket)
            return
        }

        var node = InlineNode(kind: opener.isImage ? .image : .link)
        node.destination = target.destination
        node.title = target.title
        let linkIndex = arena.add(node)
        arena.wrapSiblings(after: opener.node, into: linkIndex, parent: root)
        delimiters.processEmphasis(above: opener.previousDelimiter, arena: &arena)
        brackets.removeLast()

        // Links may not contain links: earlier `[` openers can no longer form one. Openers below an inactive
        // one were deactivated already, so the walk stops there and stays linear overall.
        if !opener.isImage {
            var index = brackets.count - 1
            while index >= 0 {
                if !brackets[index].isImage {
                    if !brackets[index].isActive { break }
                    brackets[index].isActive = false
                }
                index -= 1
            }
        }
    }

    /// `(destination "title")` right after the `]`, with the destination and title as ranges in the arena.
    private mutating func parseInlineLinkTail(at index: Int) -> (destination: Range<Int>, title: Range<Int>?, end: Int)?
    {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "(") else { return nil }
        var cursor = skipWhitespace(from: index + 1)
        guard let destination = LinkSyntax.scanDestination(bytes, at: cursor) else { return nil }
        cursor = destination.end
        let beforeTitle = cursor
        cursor = skipWhitespace(from: cursor)
        var title: Range<Int>?
        if cursor > beforeTitle, let scanned = LinkSyntax.scanTitle(bytes, at: cursor) {
            title = scanned.content
            cursor = skipWhitespace(from: scanned.end)
        }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ")") else { return nil }
        return (unescaped(destination.content), title.map { unescaped($0) }, cursor + 1)
    }

    /// The source bytes at `range` with backslash escapes and character references resolved, as a range in the
    /// arena. Most destinations and titles have neither, and are used where they stand in the source.
    private mutating func unescaped(_ range: Range<Int>) -> Range<Int> {
        let raw = bytes[range]
        guard raw.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) else {
            return stored(range)
        }
        return arena.store(EntityDecoder.unescape(raw))
    }

    private func skipWhitespace(from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count && CharacterClass.isASCIIWhitespace(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    /// Full (`[text][label]`), collapsed (`[text][]`) and shortcut (`[text]`) reference links.
    private func resolveReference(_ opener: Bracket, closePosition: Int) -> (link: LinkReference, end: Int)? {
        let afterBracket = closePosition + 1
        var label: ArraySlice<UInt8>?
        var end = afterBracket
        if let scanned = LinkSyntax.scanLabel(bytes, at: afterBracket) {
            label = bytes[scanned.content]
            end = scanned.end
        } else {
            let isCollapsed =
                afterBracket + 1 < bytes.count && bytes[afterBracket] == UInt8(ascii: "[")
                && bytes[afterBracket + 1] == UInt8(ascii: "]")
            if isCollapsed { end = afterBracket + 2 }
            // The link text itself is the label, unless it contains brackets of its own.
            if !opener.hasBracketAfter && closePosition - opener.textStart <= LinkSyntax.maxLabelLength {
                label = bytes[opener.textStart..<closePosition]
            }
        }
        guard let label, let reference = references.lookup(LinkSyntax.normalizeLabel(label)) else { return nil }
        return (reference, end)
    }

    /// `[^label]` naming a defined footnote becomes a footnote reference.
    private mutating func resolveFootnoteReference(_ opener: Bracket, closePosition: Int) -> Bool {
        let labelStart = opener.textStart + 1
        guard labelStart < closePosition, bytes[opener.textStart] == UInt8(ascii: "^"),
            closePosition - labelStart <= LinkSyntax.maxLabelLength
        else { return false }
        let label = LinkSyntax.normalizeLabel(bytes[labelStart..<closePosition])
        guard footnoteLabels.contains(label) else { return false }

        arena.nodes[opener.node].kind = .footnoteReference
        arena.nodes[opener.node].text = arena.store(label.utf8)
        arena.nodes[opener.node].isLocked = true
        arena.truncate(after: opener.node, parent: root)
        delimiters.removeAll(above: opener.previousDelimiter)
        brackets.removeLast()
        return true
    }
}
