/// Storage for every block of a document and for the raw text of its leaf blocks.
///
/// Blocks live in one array and refer to each other by index, and their text is ranges into one shared buffer.
/// Building the tree then allocates only when those arrays grow, and freeing it is a few deallocations instead
/// of one release per node and per field. A value type, so the parser that fills it and the renderers that read
/// it do so without the runtime exclusivity checks a class's stored properties need.
struct BlockTree {
    /// The document block, always the first node.
    static let document = 0

    /// Mutate blocks through this array directly (`tree.nodes[i].isOpen = false`) so edits happen in place.
    var nodes: [BlockNode] = [BlockNode(kind: .document, parent: -1, depth: 0, startLine: 0)]
    /// The text of every leaf block; blocks hold ranges into it.
    var text: [UInt8] = []
    /// The cells of every table, indexed by `BlockNode.table`.
    var tables: [TableContent] = []

    /// A tree with no nodes at all, to leave behind when a finished tree is handed over.
    static var empty: BlockTree {
        BlockTree(nodes: [], text: [], tables: [])
    }

    subscript(index: Int) -> BlockNode {
        nodes[index]
    }

    /// The raw text of block `index`.
    func content(of index: Int) -> ArraySlice<UInt8> {
        text[nodes[index].content]
    }

    /// The blocks directly inside `parent`, in order.
    func children(of parent: Int) -> BlockChildren {
        BlockChildren(nodes: nodes, current: nodes[parent].firstChild)
    }

    /// Copies `bytes` to the end of the text buffer and returns where they went.
    mutating func store(_ bytes: ArraySlice<UInt8>) -> Range<Int> {
        let start = text.count
        text.append(contentsOf: bytes)
        return start..<text.count
    }

    /// Adds `node` as the last child of `parent` and returns its index.
    mutating func append(_ node: BlockNode, to parent: Int) -> Int {
        let index = nodes.count
        nodes.append(node)
        link(index, asLastChildOf: parent)
        return index
    }

    private mutating func link(_ child: Int, asLastChildOf parent: Int) {
        let last = nodes[parent].lastChild
        nodes[child].parent = parent
        nodes[child].previous = last
        nodes[child].next = -1
        if last == -1 {
            nodes[parent].firstChild = child
        } else {
            nodes[last].next = child
        }
        nodes[parent].lastChild = child
    }

    /// Unlinks the last child of `parent`.
    mutating func removeLastChild(of parent: Int) {
        let last = nodes[parent].lastChild
        guard last != -1 else { return }
        let previous = nodes[last].previous
        nodes[parent].lastChild = previous
        if previous == -1 {
            nodes[parent].firstChild = -1
        } else {
            nodes[previous].next = -1
        }
    }

    /// Puts `replacement` (a new node, not yet linked) in place of `parent`'s last child, which must be `old`.
    ///
    /// The replaced block is always the open paragraph, and open blocks are always their parent's last child.
    mutating func replaceLastChild(_ old: Int, with replacement: BlockNode) -> Int {
        let parent = nodes[old].parent
        let index = nodes.count
        nodes.append(replacement)
        if parent != -1 && nodes[parent].lastChild == old {
            removeLastChild(of: parent)
            link(index, asLastChildOf: parent)
        }
        return index
    }
}

/// Iterates over the children of one block. It holds its own reference to the node array, which the renderers
/// only read.
struct BlockChildren: Sequence, IteratorProtocol {
    let nodes: [BlockNode]
    var current: Int

    mutating func next() -> Int? {
        guard current != -1 else { return nil }
        let index = current
        current = nodes[index].next
        return index
    }
}
