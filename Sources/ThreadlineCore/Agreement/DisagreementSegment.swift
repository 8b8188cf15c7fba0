/// A maximal run of units of one source where the coders differ about one code: some coded it, some did not.
public struct DisagreementSegment: Sendable, Hashable {
    /// The source's key.
    public var sourceKey: String
    /// The code's key.
    public var codeKey: String
    /// The first unit of the run.
    public var start: Int
    /// The unit after the last one of the run.
    public var end: Int
    /// The coders who coded the run, in the order the coders were given.
    public var coderKeysCoding: [String]
    /// The coders who did not, in the same order.
    public var coderKeysNotCoding: [String]

    /// Creates a segment.
    public init(
        sourceKey: String, codeKey: String, start: Int, end: Int, coderKeysCoding: [String],
        coderKeysNotCoding: [String]
    ) {
        self.sourceKey = sourceKey
        self.codeKey = codeKey
        self.start = start
        self.end = end
        self.coderKeysCoding = coderKeysCoding
        self.coderKeysNotCoding = coderKeysNotCoding
    }
}
