/// One place where a text search query's words occur in a source, with a few words either side to read it by.
///
/// Positions are Unicode scalar offsets into the source's ``CodableText``, like a coding's: coding a hit codes
/// exactly `start..<end`.
public struct TextSearchHit: Sendable, Hashable {
    /// The hit's first scalar.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// Where the words shown before it begin: a few words back, or the start of its paragraph (or transcript line).
    public var contextStart: Int
    /// Where the words shown after it end: a few words on, or the end of its paragraph (or transcript line).
    public var contextEnd: Int
    /// Whether its paragraph goes on before `contextStart`, so a reader should see that something is left out.
    public var continuesBefore: Bool
    /// Whether its paragraph goes on after `contextEnd`.
    public var continuesAfter: Bool
    /// For a transcript: the start of the lines the hit lies in, in milliseconds; `nil` otherwise.
    public var startMs: Int?
    /// For a transcript: the end of the lines the hit lies in, in milliseconds; `nil` otherwise.
    public var endMs: Int?

    /// Creates a hit from each of its fields.
    public init(
        start: Int, end: Int, contextStart: Int, contextEnd: Int, continuesBefore: Bool, continuesAfter: Bool,
        startMs: Int? = nil, endMs: Int? = nil
    ) {
        self.start = start
        self.end = end
        self.contextStart = contextStart
        self.contextEnd = contextEnd
        self.continuesBefore = continuesBefore
        self.continuesAfter = continuesAfter
        self.startMs = startMs
        self.endMs = endMs
    }

    /// The words found, as `text` reads them.
    public func matched(in text: CodableText) -> String {
        text.excerpt(start: start, end: end) ?? ""
    }

    /// The words shown before the hit, as `text` reads them (empty at the start of a paragraph).
    public func before(in text: CodableText) -> String {
        text.excerpt(start: contextStart, end: start) ?? ""
    }

    /// The words shown after the hit, as `text` reads them (empty at the end of a paragraph).
    public func after(in text: CodableText) -> String {
        text.excerpt(start: end, end: contextEnd) ?? ""
    }
}
