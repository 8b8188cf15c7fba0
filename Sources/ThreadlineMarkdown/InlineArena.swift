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
struct InlineNode {
    var kind: InlineKind
    /// Text for text, code and raw HTML nodes; the normalised label for footnote references.
    var text: [UInt8] = []
    var destination: [UInt8] = []
    var title: [UInt8]?
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

/// Storage for every inline node of a document.
///
/// Nodes live in one array and link to each other by index instead of by reference. That keeps the emphasis and
/// link algorithms' splicing O(1), and, unlike a chain of class instances, a long sibling list or a deeply
/// nested subtree is freed without recursion.
final class InlineArena {
    /// Mutate nodes through this array directly (`arena.nodes[i].text...`) so edits happen in place.
    var nodes: [InlineNode] = []

    subscript(index: Int) -> InlineNode {
        nodes[index]
    }

    func add(_ node: InlineNode) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    func makeRoot() -> Int {
        add(InlineNode(kind: .root))
    }

    func appendText(_ index: Int, _ bytes: ArraySlice<UInt8>) {
        nodes[index].text.append(contentsOf: bytes)
    }

    /// Appends `child` as the last child of `parent`.
    func appendChild(_ child: Int, to parent: Int) {
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
    func wrapSiblings(after start: Int, into container: Int, parent: Int) {
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
    func truncate(after node: Int, parent: Int) {
        nodes[node].next = -1
        nodes[parent].lastChild = node
    }

    /// Moves the nodes strictly between `opener` and `closer` (siblings) into `container`, which is then
    /// placed between them. Neither end changes, so the parent's first and last children stay valid.
    func wrapBetween(_ opener: Int, _ closer: Int, into container: Int) {
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
