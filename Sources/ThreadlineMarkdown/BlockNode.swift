/// The kinds of block the parser produces.
enum BlockKind {
    case document
    case blockQuote
    case list
    case item
    case paragraph
    case heading
    case thematicBreak
    case codeBlock
    case htmlBlock
    case table
    case footnoteDefinition
}

/// Column alignment of a GFM table, taken from the colons in its delimiter row.
enum TableAlignment {
    case none
    case left
    case center
    case right
}

/// The state of a GFM task list checkbox.
enum TaskState {
    case none
    case unchecked
    case checked
}

/// The marker that opened a list or list item; two items belong to one list only when their markers agree.
struct ListMarker {
    var isOrdered = false
    /// `-`, `+` or `*` for bullet lists.
    var bulletChar: UInt8 = 0
    /// `.` or `)` for ordered lists.
    var delimiter: UInt8 = 0
    var start = 1
    /// Column of the marker relative to the enclosing container's content.
    var markerOffset = 0
    /// Width of the marker plus the spaces after it: continuation lines must be indented this far.
    var padding = 0
    var isTight = true

    func continuesList(_ other: ListMarker) -> Bool {
        isOrdered == other.isOrdered && bulletChar == other.bulletChar && delimiter == other.delimiter
    }
}

/// One node of the block tree.
///
/// A class because the parser keeps references to open blocks while it walks the tree line by line. Container
/// nesting is capped by the parser, so releasing a tree never recurses deeply.
final class BlockNode {
    let kind: BlockKind
    private(set) var children: [BlockNode] = []
    /// `unowned` rather than `weak`: a node never outlives the tree that owns it, and weak references would
    /// move every node's reference counts to a slower side table.
    unowned var parent: BlockNode?
    /// Nesting depth of containers above this node; the parser refuses to open containers past its limit.
    let depth: Int
    let startLine: Int

    var isOpen = true
    var lastLineBlank = false
    var lastLineChecked = false

    /// Raw text accumulated line by line (paragraphs, headings, code and HTML blocks).
    var content: [UInt8] = []
    var headingLevel = 0
    var listMarker = ListMarker()

    var isFenced = false
    var fenceChar: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var info: [UInt8] = []

    var htmlBlockType = 0
    var task = TaskState.none
    /// Normalised label of a footnote definition.
    var footnoteLabel = ""

    var tableAlignments: [TableAlignment] = []
    /// Raw cell text per row; the header row comes first.
    var tableRows: [[[UInt8]]] = []

    /// Root of the parsed inline content of a paragraph or heading, in the document's inline arena.
    var inlineRoot = -1
    /// Roots of the parsed inline content of each table cell, row by row.
    var tableCellRoots: [[Int]] = []

    init(kind: BlockKind, depth: Int, startLine: Int) {
        self.kind = kind
        self.depth = depth
        self.startLine = startLine
    }

    var lastChild: BlockNode? {
        children.last
    }

    func append(_ child: BlockNode) {
        child.parent = self
        children.append(child)
    }

    func removeLastChild() {
        children.removeLast()
    }

    func replaceChild(_ old: BlockNode, with new: BlockNode) {
        // The replaced block is the open paragraph, so search from the end: normally a single comparison.
        guard let index = children.lastIndex(where: { $0 === old }) else { return }
        new.parent = self
        children[index] = new
    }

    /// Whether a block of `childKind` may be nested directly inside this one.
    func canContain(_ childKind: BlockKind) -> Bool {
        switch kind {
        case .document, .blockQuote, .item, .footnoteDefinition:
            return childKind != .item
        case .list:
            return childKind == .item
        default:
            return false
        }
    }

    /// Whether lines that reach this block are appended to it rather than starting a paragraph.
    var acceptsLines: Bool {
        switch kind {
        case .paragraph, .codeBlock, .htmlBlock, .table: return true
        default: return false
        }
    }
}
