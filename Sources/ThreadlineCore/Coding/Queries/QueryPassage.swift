/// One passage a coding query found: a stretch of one source, and the codings of the query's codes that overlap it.
public struct QueryPassage: Hashable, Sendable {
    /// The source.
    public var source: CodingSource
    /// Its first scalar.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// The codings of the query's codes (by the counted coders) that share a scalar with it, by start, end and ID.
    public var codingIDs: [Coding.ID]

    /// Creates a passage.
    public init(source: CodingSource, start: Int, end: Int, codingIDs: [Coding.ID] = []) {
        self.source = source
        self.start = start
        self.end = end
        self.codingIDs = codingIDs
    }

    /// Its length in scalars.
    public var length: Int { end - start }
}
