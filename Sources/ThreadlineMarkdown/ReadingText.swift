/// Markdown as a coder reads it: the plain text that coding positions count in, with the structure the page shows.
///
/// Positions are Unicode scalar offsets into `text`, as REFI-QDA counts them. Blocks are separated in `text` by
/// one line break that belongs to no block, so a quote taken from a coded passage holds the words a reader sees and
/// none of the Markdown's punctuation (`## `, `*`, `[…](/url)`).
public struct ReadingText: Sendable, Hashable {
    /// The plain text.
    public let text: String
    /// The blocks in reading order; their ranges do not overlap.
    public let blocks: [ReadingBlock]

    /// Creates a reading from its parts.
    public init(text: String, blocks: [ReadingBlock]) {
        self.text = text
        self.blocks = blocks
    }
}

/// One block of a `ReadingText`: a heading, paragraph, list item, row of a table or piece of code.
public struct ReadingBlock: Sendable, Hashable {
    /// What the block is.
    public var kind: ReadingBlockKind
    /// How many block quotes it sits in.
    public var quoteDepth: Int
    /// How many lists it sits in (a list item's own list counts).
    public var listDepth: Int
    /// Its first scalar in the reading's text.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// Its text in runs of one style, covering `start..<end` without gaps.
    public var spans: [ReadingSpan]

    /// Creates a block.
    public init(
        kind: ReadingBlockKind, quoteDepth: Int = 0, listDepth: Int = 0, start: Int, end: Int, spans: [ReadingSpan]
    ) {
        self.kind = kind
        self.quoteDepth = quoteDepth
        self.listDepth = listDepth
        self.start = start
        self.end = end
        self.spans = spans
    }
}

/// The kinds of block a reading has.
public enum ReadingBlockKind: Sendable, Hashable {
    /// A heading of level 1 to 6.
    case heading(level: Int)
    /// A paragraph (also a list item's second and later paragraphs).
    case paragraph
    /// The first paragraph of a list item; `number` is its number in an ordered list.
    case listItem(number: Int?)
    /// A code block's lines, as written.
    case code
    /// One row of a table, cells separated by tabs; `isHeader` for the header row.
    case tableRow(isHeader: Bool)
    /// A footnote's text, after the document's own text.
    case footnote(number: Int)
}

/// A run of a block's text in one style.
public struct ReadingSpan: Sendable, Hashable {
    /// Its first scalar.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// How it is set.
    public var style: ReadingStyle

    /// Creates a span.
    public init(start: Int, end: Int, style: ReadingStyle = []) {
        self.start = start
        self.end = end
        self.style = style
    }
}

/// The inline styles a span of reading text may have, together.
public struct ReadingStyle: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    /// Creates a style from its bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Emphasis (`*…*`).
    public static let emphasis = ReadingStyle(rawValue: 1)
    /// Strong emphasis (`**…**`).
    public static let strong = ReadingStyle(rawValue: 2)
    /// Code (`` `…` ``).
    public static let code = ReadingStyle(rawValue: 4)
    /// Struck through (`~~…~~`).
    public static let strikethrough = ReadingStyle(rawValue: 8)
    /// The text of a link (the destination is not shown while coding).
    public static let link = ReadingStyle(rawValue: 16)
    /// An image's text alternative.
    public static let imageAlternative = ReadingStyle(rawValue: 32)
    /// A footnote's number where it is referred to.
    public static let footnoteReference = ReadingStyle(rawValue: 64)
}
