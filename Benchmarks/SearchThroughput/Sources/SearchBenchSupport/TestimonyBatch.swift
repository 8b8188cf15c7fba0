/// The consecutive segments of one testimony, which the benchmark stores as one testimony and one transcript.
public struct TestimonyBatch: Hashable, Sendable {
    /// The corpus's name for the testimony, e.g. `testimony-00042`.
    public var name: String
    /// Its segments in file order; never empty.
    public var segments: [CorpusSegment]
    /// The 1-based line of the file holding the first segment, for messages.
    public var firstLine: Int

    /// Creates a batch.
    public init(name: String, segments: [CorpusSegment], firstLine: Int) {
        self.name = name
        self.segments = segments
        self.firstLine = firstLine
    }
}
