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

/// The cells of a GFM table, kept beside the tree (tables are rare, and keeping their arrays out of `BlockNode`
/// leaves every other block plain data).
struct TableContent {
    var alignments: [TableAlignment]
    /// Raw cell text per row; the header row comes first.
    var rows: [[[UInt8]]]
    /// Roots of the parsed inline content of each cell, row by row.
    var cellRoots: [[Int]] = []
}

/// One node of the block tree, stored by value in a `BlockTree` and linked to the others by index.
///
/// A struct of plain data (no arrays, strings or references of its own): the parser reads and writes several
/// fields of the open blocks on every line, which on a class cost a runtime exclusivity check per access, and
/// freeing a tree of class instances meant releasing each node and each of its arrays one by one. Text lives in
/// the tree's shared byte buffer, referred to by range.
struct BlockNode {
    let kind: BlockKind
    /// Index of the containing block; -1 for the document.
    var parent: Int
    var firstChild = -1
    var lastChild = -1
    var previous = -1
    var next = -1
    /// Nesting depth of containers above this node; the parser refuses to open containers past its limit.
    let depth: Int
    let startLine: Int

    var isOpen = true
    var lastLineBlank = false
    var lastLineChecked = false

    /// Raw text accumulated line by line (paragraphs, headings, code and HTML blocks), in `BlockTree.text`.
    var content: Range<Int> = 0..<0
    var headingLevel = 0
    var listMarker = ListMarker()

    var isFenced = false
    var fenceChar: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    /// A fenced code block's info string, in `BlockTree.text`.
    var info: Range<Int> = 0..<0

    var htmlBlockType = 0
    var task = TaskState.none
    /// Index of a table's cells in `BlockTree.tables`.
    var table = -1

    /// Root of the parsed inline content of a paragraph or heading, in the document's inline arena.
    var inlineRoot = -1

    init(kind: BlockKind, parent: Int, depth: Int, startLine: Int) {
        self.kind = kind
        self.parent = parent
        self.depth = depth
        self.startLine = startLine
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
