/// One block of a source's text as the coding page lays it out: a heading, paragraph, list item, table row, piece
/// of code or footnote, with the styled runs inside it.
///
/// Ranges are Unicode scalar positions in the source's `CodableText`; blocks do not overlap and are separated by
/// one line break that belongs to neither. The query "near, in the same paragraph" counts in these blocks.
public struct SourceBlock: Sendable, Hashable, Codable {
    /// What the block is.
    public var kind: SourceBlockKind
    /// How many lists and block quotes it sits in, for indentation.
    public var depth: Int
    /// Its first scalar.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// Runs of styled text inside it (emphasis, code…); text outside every run is plain.
    public var styles: [SourceStyleRun]

    /// Creates a block.
    public init(kind: SourceBlockKind, depth: Int = 0, start: Int, end: Int, styles: [SourceStyleRun] = []) {
        self.kind = kind
        self.depth = depth
        self.start = start
        self.end = end
        self.styles = styles
    }

    /// Its range.
    public var range: Range<Int> { start..<end }
}

/// The kinds of block a source's text has.
public enum SourceBlockKind: Sendable, Hashable, Codable {
    /// A heading of level 1 to 6.
    case heading(level: Int)
    /// Running text.
    case paragraph
    /// An item of a list: numbered when `number` is given, bulleted otherwise.
    case listItem(number: Int?)
    /// Code or preformatted text, shown in its own lines.
    case code
    /// A table row, cells separated by tabs.
    case tableRow(isHeader: Bool)
    /// A footnote, after the text.
    case footnote
    /// Part of a block quote.
    case quote
}

/// A run of a block's text set in one style.
public struct SourceStyleRun: Sendable, Hashable, Codable {
    /// Its first scalar.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// The style.
    public var style: SourceTextStyle

    /// Creates a run.
    public init(start: Int, end: Int, style: SourceTextStyle) {
        self.start = start
        self.end = end
        self.style = style
    }
}

/// The inline styles the coding page shows, together.
public struct SourceTextStyle: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: Int

    /// Creates a style from its bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Emphasis.
    public static let emphasis = SourceTextStyle(rawValue: 1)
    /// Strong emphasis.
    public static let strong = SourceTextStyle(rawValue: 2)
    /// Code.
    public static let code = SourceTextStyle(rawValue: 4)
    /// Struck through.
    public static let strikethrough = SourceTextStyle(rawValue: 8)
    /// A link's text.
    public static let link = SourceTextStyle(rawValue: 16)
    /// A footnote's number, shown raised.
    public static let superscript = SourceTextStyle(rawValue: 64)
}
