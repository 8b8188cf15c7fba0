/// One coder's application of one code to the half-open unit range `start..<end` of a source.
public struct AgreementSpan: Sendable, Hashable {
    /// The key of the coded source.
    public var sourceKey: String
    /// The key of the applied code.
    public var codeKey: String
    /// The key of the coder who applied it.
    public var coderKey: String
    /// The first unit coded.
    public var start: Int
    /// The unit after the last one coded.
    public var end: Int

    /// Creates a span.
    public init(sourceKey: String, codeKey: String, coderKey: String, start: Int, end: Int) {
        self.sourceKey = sourceKey
        self.codeKey = codeKey
        self.coderKey = coderKey
        self.start = start
        self.end = end
    }
}
