/// One passage a coding query found: a stretch of one source, and the codings of the query's codes that overlap it.
public struct QueryPassage: Hashable, Sendable {
    /// The source.
    public var source: CodingSource
    /// Its first scalar.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// The codings of the query's codes (by the counted coders) that share a scalar with it, by start, end and ID;
    /// for a stretch of recording, the timed codings it was made of.
    public var codingIDs: [Coding.ID]
    /// For a stretch of recording found from timed codings (`start == end`): where it starts, in milliseconds.
    public var startMs: Int?
    /// See `startMs`.
    public var endMs: Int?

    /// Creates a passage.
    public init(
        source: CodingSource, start: Int, end: Int, codingIDs: [Coding.ID] = [], startMs: Int? = nil,
        endMs: Int? = nil
    ) {
        self.source = source
        self.start = start
        self.end = end
        self.codingIDs = codingIDs
        self.startMs = startMs
        self.endMs = endMs
    }

    /// Its length in scalars.
    public var length: Int { end - start }
}
