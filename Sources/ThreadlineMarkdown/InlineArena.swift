/// The kinds of inline node.
enum InlineKind {
    /// A container with no output of its own: the root of a paragraph's, heading's or cell's content.
    case root
    case text
    case softBreak
    case hardBreak
    case code
    case emphasis
    case strong
    case strikethrough
    case link
    case image
    /// Raw HTML from the source; always rendered escaped, never as markup.
    case rawHTML
    case footnoteReference
}

/// One inline node. Nodes refer to each other by index into the arena.
///
/// Text is stored as ranges into the arena's shared byte buffer rather than as arrays of its own: a node is then
/// plain data, so creating, copying and freeing one never allocates or touches reference counts, which was most
/// of the inline parser's cost when every text run owned an array.
struct InlineNode {
    var kind: InlineKind
    /// Text for text, code and raw HTML nodes; the normalised label for footnote references.
    var text: Range<Int> = 0..<0
    var destination: Range<Int> = 0..<0
    var title: Range<Int>?
    var firstChild = -1
    var lastChild = -1
    var previous = -1
    var next = -1
    /// Delimiter and bracket text nodes are edited by the emphasis and link algorithms, so plain text is
    /// never merged into them.
    var isLocked = false
    /// Links found by the GFM extended-autolink rule, which must not become links inside other links.
    var isExtendedAutolink = false
}

/// Storage for every inline node of a document, and for the bytes of their text.
///
/// Nodes live in one array and link to each other by index instead of by reference. That keeps the emphasis and
/// link algorithms' splicing O(1), and, unlike a chain of class instances, a long sibling list or a deeply
/// nested subtree is freed without recursion. A value type, so the parser that fills it and the renderers that
/// read it access it without the runtime exclusivity checks a class's stored properties need.
struct InlineArena {
    /// Mutate nodes through this array directly (`arena.nodes[i].next = ...`) so edits happen in place.
    var nodes: [InlineNode] = []
    /// The text of every node; nodes hold ranges into it. The parser copies each block's source in here first,
    /// so that nodes whose text is a plain run of the source (most of them) refer to it without a copy of their
    /// own; decoded and rewritten text (entities, escapes, code spans, destinations) is stored after it.
    private(set) var bytes: [UInt8] = []

    /// Reserves room for a document of `inputCount` bytes, so the arrays do not grow step by step while it
    /// is parsed.
    mutating func reserveCapacity(forInput inputCount: Int) {
        bytes.reserveCapacity(inputCount + 64)
        nodes.reserveCapacity(inputCount / 8 + 16)
    }

    subscript(index: Int) -> InlineNode {
        nodes[index]
    }

    /// The text of node `index`.
    func text(of index: Int) -> ArraySlice<UInt8> {
        bytes[nodes[index].text]
    }

    /// The link or image destination of node `index`.
    func destination(of index: Int) -> ArraySlice<UInt8> {
        bytes[nodes[index].destination]
    }

    mutating func add(_ node: InlineNode) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    mutating func makeRoot() -> Int {
        add(InlineNode(kind: .root))
    }

    /// Copies `text` into the byte buffer and returns where it went.
    mutating func store<Bytes: Collection<UInt8>>(_ text: Bytes) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: text)
        return start..<bytes.count
    }

    /// Adds a node of `kind` whose text is `text`.
    mutating func add<Bytes: Collection<UInt8>>(_ kind: InlineKind, text: Bytes, isLocked: Bool = false) -> Int {
        add(kind, stored: store(text), isLocked: isLocked)
    }

    /// Adds a node of `kind` whose text is already in the buffer at `range`.
    mutating func add(_ kind: InlineKind, stored range: Range<Int>, isLocked: Bool = false) -> Int {
        var node = InlineNode(kind: kind)
        node.text = range
        node.isLocked = isLocked
        return add(node)
    }

    /// Appends `text` to node `index`'s text.
    mutating func appendText(_ index: Int, _ text: ArraySlice<UInt8>) {
        moveTextToEnd(index)
        bytes.append(contentsOf: text)
        nodes[index].text = nodes[index].text.lowerBound..<bytes.count
    }

    /// Appends the bytes at `range` (already in the buffer) to node `index`'s text: a plain run of the source
    /// that directly follows the node's text, the usual case, only widens its range.
    mutating func appendText(_ index: Int, stored range: Range<Int>) {
        let current = nodes[index].text
        if current.upperBound == range.lowerBound {
            nodes[index].text = current.lowerBound..<range.upperBound
            return
        }
        moveTextToEnd(index)
        copyToEnd(range)
        nodes[index].text = nodes[index].text.lowerBound..<bytes.count
    }

    /// Makes node `index`'s text end the buffer, copying it there if other bytes follow it, so that more can be
    /// appended. Text is only moved once: after that, it stays at the end until the node is complete.
    private mutating func moveTextToEnd(_ index: Int) {
        let range = nodes[index].text
        guard range.upperBound != bytes.count else { return }
        let start = bytes.count
        copyToEnd(range)
        nodes[index].text = start..<bytes.count
    }

    /// Appends a copy of the bytes at `range` to the buffer. Byte by byte, because appending a slice of the
    /// buffer to itself would first copy the whole buffer.
    private mutating func copyToEnd(_ range: Range<Int>) {
        for offset in range {
            bytes.append(bytes[offset])
        }
    }

    /// Drops the last `count` bytes of node `index`'s text.
    mutating func removeLastText(_ index: Int, count: Int) {
        let range = nodes[index].text
        nodes[index].text = range.lowerBound..<(range.upperBound - count)
    }

    /// Appends `child` as the last child of `parent`.
    mutating func appendChild(_ child: Int, to parent: Int) {
        let last = nodes[parent].lastChild
        nodes[child].previous = last
        nodes[child].next = -1
        if last == -1 {
            nodes[parent].firstChild = child
        } else {
            nodes[last].next = child
        }
        nodes[parent].lastChild = child
    }

    /// Moves the siblings after `start` (to the end of `parent`'s children) into `container`, then puts
    /// `container` in `start`'s place, dropping `start`.
    mutating func wrapSiblings(after start: Int, into container: Int, parent: Int) {
        let first = nodes[start].next
        if first != -1 {
            nodes[container].firstChild = first
            nodes[container].lastChild = nodes[parent].lastChild
            nodes[first].previous = -1
        }
        let before = nodes[start].previous
        nodes[container].previous = before
        nodes[container].next = -1
        if before == -1 {
            nodes[parent].firstChild = container
        } else {
            nodes[before].next = container
        }
        nodes[parent].lastChild = container
    }

    /// Drops every sibling after `node`, which becomes its parent's last child.
    mutating func truncate(after node: Int, parent: Int) {
        nodes[node].next = -1
        nodes[parent].lastChild = node
    }

    /// Moves the nodes strictly between `opener` and `closer` (siblings) into `container`, which is then
    /// placed between them. Neither end changes, so the parent's first and last children stay valid.
    mutating func wrapBetween(_ opener: Int, _ closer: Int, into container: Int) {
        let first = nodes[opener].next
        if first != closer {
            let last = nodes[closer].previous
            nodes[container].firstChild = first
            nodes[container].lastChild = last
            nodes[first].previous = -1
            nodes[last].next = -1
        }
        nodes[opener].next = container
        nodes[container].previous = opener
        nodes[container].next = closer
        nodes[closer].previous = container
    }
}
