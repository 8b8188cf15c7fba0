/// Renders a parsed document as HTML that is safe to embed in a page.
///
/// Safety is structural: the renderer writes only its own fixed set of tags and attributes, every piece of
/// document text goes through `HTMLEscaping`, raw HTML from the source is written as escaped text, and link and
/// image destinations must pass `URLSafety` or the element is left out (its text or alt text stays).
///
/// A value type whose methods mutate it in place, so that appending to `output` (done for every piece of text)
/// needs no runtime exclusivity check, as a class's stored property would.
struct HTMLRenderer: ~Copyable {
    private let document: MarkdownDocument
    private let blocks: BlockTree
    private let arena: InlineArena
    private var output: OutputBuffer
    private let footnotes = FootnoteNumbering()
    private let anchors: AnchorIDs
    private let headingText = InlineText(softBreak: [0x20], hardBreak: [0x20], includesRawHTML: true)
    /// Reused by `renderInlines` for every block, so its storage is allocated once per document.
    private var inlineStack: [(node: Int, wroteTag: Bool)] = []
    private let altText = InlineText(
        softBreak: [CharacterClass.newline], hardBreak: [CharacterClass.newline],
        includesRawHTML: true)

    init(document: MarkdownDocument, idPrefix: String) {
        self.document = document
        self.blocks = document.blocks
        self.arena = document.arena
        self.anchors = AnchorIDs(prefix: idPrefix)
        // Markup and escapes make the HTML somewhat longer than the text it comes from.
        output = OutputBuffer(capacity: document.arena.bytes.count * 2 + 256)
    }

    mutating func render() -> String {
        renderBlock(BlockTree.document, tight: false)
        renderFootnotes()
        return output.makeString()
    }

    // MARK: - Output helpers

    private mutating func write(_ markup: StaticString) {
        HTMLEscaping.append(markup: markup, to: &output)
    }

    private mutating func write(id: [UInt8]) {
        HTMLEscaping.append(escaping: id, to: &output)
    }

    private mutating func write(number: Int) {
        // Digits straight into the output, without the String and Array a conversion would allocate.
        guard number > 0 else {
            if number == 0 {
                output.append(UInt8(ascii: "0"))
            } else {
                for byte in String(number).utf8 { output.append(byte) }
            }
            return
        }
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    private mutating func escaped(_ bytes: [UInt8]) {
        HTMLEscaping.append(escaping: bytes[...], to: &output)
    }

    private mutating func escaped(_ bytes: ArraySlice<UInt8>) {
        HTMLEscaping.append(escaping: bytes, to: &output)
    }

    /// Starts a new line unless the output is empty or already at one.
    private mutating func newline() {
        if let last = output.last, last != CharacterClass.newline {
            output.append(CharacterClass.newline)
        }
    }

    // MARK: - Blocks

    private mutating func renderBlock(_ index: Int, tight: Bool) {
        let block = blocks[index]
        switch block.kind {
        case .document:
            renderChildren(of: index, tight: false)
        case .paragraph:
            renderParagraph(block, tight: tight, backReferences: nil)
        case .heading:
            newline()
            var text: [UInt8] = []
            if block.inlineRoot != -1 {
                headingText.append(childrenOf: block.inlineRoot, in: arena, to: &text) { _ in [] }
            }
            write("<h")
            write(number: block.headingLevel)
            write(" id=\"")
            write(id: anchors.heading(text: text))
            write("\">")
            renderInlines(block.inlineRoot)
            write("</h")
            write(number: block.headingLevel)
            write(">")
            newline()
        case .thematicBreak:
            newline()
            write("<hr />")
            newline()
        case .codeBlock:
            renderCodeBlock(block)
        case .htmlBlock:
            // Raw HTML is shown as text, never interpreted.
            newline()
            write("<p>")
            escaped(blocks.text[block.content])
            write("</p>")
            newline()
        case .blockQuote:
            newline()
            write("<blockquote>")
            newline()
            renderChildren(of: index, tight: false)
            newline()
            write("</blockquote>")
            newline()
        case .list:
            renderList(index)
        case .item:
            write(block.task == .none ? "<li>" : "<li class=\"task-list-item\">")
            renderChildren(of: index, tight: tight)
            write("</li>")
            newline()
        case .table:
            renderTable(block)
        case .footnoteDefinition:
            // Rendered in the footnote section, in reference order.
            break
        }
    }

    private mutating func renderChildren(of block: Int, tight: Bool) {
        for child in blocks.children(of: block) {
            renderBlock(child, tight: tight)
        }
    }

    private mutating func renderParagraph(
        _ block: BlockNode, tight: Bool, backReferences: (label: String, number: Int)?
    ) {
        if !tight {
            newline()
            write("<p>")
        }
        switch block.task {
        case .none: break
        case .unchecked: write("<input type=\"checkbox\" disabled> ")
        case .checked: write("<input type=\"checkbox\" checked disabled> ")
        }
        renderInlines(block.inlineRoot)
        if let backReferences {
            renderBackReferences(backReferences)
        }
        if !tight {
            write("</p>")
            newline()
        }
    }

    private mutating func renderCodeBlock(_ block: BlockNode) {
        newline()
        write("<pre><code")
        let info = EntityDecoder.unescape(blocks.text[block.info])
        if let language = info.split(whereSeparator: CharacterClass.isASCIIWhitespace).first, !language.isEmpty {
            write(" class=\"language-")
            escaped(Array(language))
            write("\"")
        }
        write(">")
        escaped(blocks.text[block.content])
        write("</code></pre>")
        newline()
    }

    private mutating func renderList(_ list: Int) {
        let marker = blocks[list].listMarker
        newline()
        if marker.isOrdered {
            if marker.start == 1 {
                write("<ol>")
            } else {
                write("<ol start=\"")
                write(number: marker.start)
                write("\">")
            }
        } else {
            write("<ul>")
        }
        newline()
        renderChildren(of: list, tight: marker.isTight)
        newline()
        write(marker.isOrdered ? "</ol>" : "</ul>")
        newline()
    }

    private mutating func renderTable(_ block: BlockNode) {
        let table = blocks.tables[block.table]
        newline()
        write("<table>\n<thead>\n")
        for (rowIndex, row) in table.cellRoots.enumerated() {
            if rowIndex == 1 { write("<tbody>\n") }
            write("<tr>\n")
            for (column, cell) in row.enumerated() {
                write(rowIndex == 0 ? "<th" : "<td")
                switch table.alignments[column] {
                case .none: break
                case .left: write(" align=\"left\"")
                case .center: write(" align=\"center\"")
                case .right: write(" align=\"right\"")
                }
                write(">")
                renderInlines(cell)
                write(rowIndex == 0 ? "</th>\n" : "</td>\n")
            }
            write("</tr>\n")
            if rowIndex == 0 { write("</thead>\n") }
        }
        if table.cellRoots.count > 1 { write("</tbody>\n") }
        write("</table>")
        newline()
    }

    // MARK: - Footnotes

    private mutating func renderFootnotes() {
        guard !footnotes.order.isEmpty else { return }
        newline()
        write("<section class=\"footnotes\">\n<ol>\n")
        var index = 0
        // References inside footnotes may append to `order` while this loop runs.
        while index < footnotes.order.count {
            let label = footnotes.order[index]
            index += 1
            write("<li id=\"")
            write(id: anchors.footnote("fn-", number: index))
            write("\">")
            newline()
            if let definition = document.footnotes[label] {
                for child in blocks.children(of: definition) {
                    if blocks[child].next == -1 && blocks[child].kind == .paragraph {
                        renderParagraph(blocks[child], tight: false, backReferences: (label, index))
                    } else {
                        renderBlock(child, tight: false)
                    }
                }
                let last = blocks[definition].lastChild
                if last == -1 || blocks[last].kind != .paragraph {
                    write("<p>")
                    renderBackReferences((label, index), leadingSpace: false)
                    write("</p>")
                    newline()
                }
            }
            write("</li>\n")
        }
        write("</ol>\n</section>")
        newline()
    }

    /// One back-link per reference to the footnote, each to its own reference's id.
    private mutating func renderBackReferences(_ footnote: (label: String, number: Int), leadingSpace: Bool = true) {
        let number = footnote.number
        for ordinal in 1...max(footnotes.referenceCount(footnote.label), 1) {
            if leadingSpace || ordinal > 1 { write(" ") }
            write("<a href=\"#")
            write(id: anchors.footnote("fnref-", number: number, ordinal: ordinal))
            write("\" class=\"footnote-backref\" aria-label=\"Back to reference ")
            write(number: number)
            if ordinal > 1 {
                write("-")
                write(number: ordinal)
            }
            write("\">\u{21A9}</a>")
        }
    }

    // MARK: - Inlines

    private mutating func renderInlines(_ root: Int) {
        guard root != -1 else { return }
        // Open containers and whether their start tag was written (links that fail the URL check are not).
        var stack = inlineStack
        inlineStack = []
        stack.removeAll(keepingCapacity: true)
        defer { inlineStack = stack }
        var linkDepth = 0
        var current = arena[root].firstChild
        while true {
            if current == -1 {
                guard let (node, wroteTag) = stack.popLast() else { return }
                if wroteTag {
                    writeCloseTag(arena[node].kind)
                    if arena[node].kind == .link { linkDepth -= 1 }
                }
                current = arena[node].next
                continue
            }
            let node = arena[current]
            switch node.kind {
            case .root:
                break
            case .text, .rawHTML:
                escaped(arena.bytes[node.text])
            case .softBreak:
                output.append(CharacterClass.newline)
            case .hardBreak:
                write("<br />\n")
            case .code:
                write("<code>")
                escaped(arena.bytes[node.text])
                write("</code>")
            case .footnoteReference:
                renderFootnoteReference(String(decoding: arena.bytes[node.text], as: UTF8.self))
            case .image:
                renderImage(current)
            case .emphasis, .strong, .strikethrough, .link:
                var wroteTag = true
                if node.kind == .link {
                    // Nested links cannot come from CommonMark syntax, only from an extended autolink inside
                    // link text; the inner one is reduced to text.
                    wroteTag = linkDepth == 0 && URLSafety.isSafe(arena.bytes[node.destination])
                    if wroteTag {
                        linkDepth += 1
                        writeLinkOpen(node)
                    }
                } else {
                    writeOpenTag(node.kind)
                }
                if node.firstChild != -1 {
                    stack.append((current, wroteTag))
                    current = node.firstChild
                    continue
                }
                if wroteTag {
                    writeCloseTag(node.kind)
                    if node.kind == .link { linkDepth -= 1 }
                }
            }
            current = node.next
        }
    }

    private mutating func writeOpenTag(_ kind: InlineKind) {
        switch kind {
        case .emphasis: write("<em>")
        case .strong: write("<strong>")
        case .strikethrough: write("<del>")
        default: break
        }
    }

    private mutating func writeCloseTag(_ kind: InlineKind) {
        switch kind {
        case .emphasis: write("</em>")
        case .strong: write("</strong>")
        case .strikethrough: write("</del>")
        case .link: write("</a>")
        default: break
        }
    }

    /// Writes `destination` percent-encoded and escaped, for an `href` or `src`; returns whether it leaves
    /// the site.
    private mutating func writeDestination(_ destination: ArraySlice<UInt8>) -> Bool {
        if URLNormalizer.isNormalized(destination) {
            escaped(destination)
            return URLSafety.isExternal(destination)
        }
        let normalized = URLNormalizer.normalize(destination)
        escaped(normalized)
        return URLSafety.isExternal(normalized[...])
    }

    private mutating func writeLinkOpen(_ node: InlineNode) {
        write("<a href=\"")
        let isExternal = writeDestination(arena.bytes[node.destination])
        write("\"")
        if isExternal {
            // The linked page must not get a handle on ours through `window.opener`.
            write(" rel=\"noopener\"")
        }
        if let title = node.title {
            write(" title=\"")
            escaped(arena.bytes[title])
            write("\"")
        }
        write(">")
    }

    private mutating func renderImage(_ index: Int) {
        let node = arena[index]
        var alt: [UInt8] = []
        altText.append(childrenOf: index, in: arena, to: &alt) { _ in [] }
        guard URLSafety.isSafe(arena.bytes[node.destination]) else {
            escaped(alt)
            return
        }
        write("<img src=\"")
        _ = writeDestination(arena.bytes[node.destination])
        write("\" alt=\"")
        escaped(alt)
        write("\"")
        if let title = node.title {
            write(" title=\"")
            escaped(arena.bytes[title])
            write("\"")
        }
        write(" />")
    }

    private mutating func renderFootnoteReference(_ label: String) {
        let (number, ordinal) = footnotes.reference(label)
        write("<sup class=\"footnote-ref\"><a href=\"#")
        write(id: anchors.footnote("fn-", number: number))
        write("\" id=\"")
        write(id: anchors.footnote("fnref-", number: number, ordinal: ordinal))
        write("\">")
        write(number: number)
        write("</a></sup>")
    }
}
