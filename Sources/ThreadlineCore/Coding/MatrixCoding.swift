/// One coding for a matrix: a coder's application of a code to the half-open range `start..<end` of a source.
public struct MatrixCoding: Sendable, Hashable {
    /// The caller's key for this coding.
    public var codingKey: String
    /// The key of the coded source.
    public var sourceKey: String
    /// The key of the applied code.
    public var codeKey: String
    /// The key of the coder.
    public var coderKey: String
    /// The first unit coded.
    public var start: Int
    /// The unit after the last one coded.
    public var end: Int

    /// Creates a coding.
    public init(
        codingKey: String, sourceKey: String, codeKey: String, coderKey: String, start: Int, end: Int
    ) {
        self.codingKey = codingKey
        self.sourceKey = sourceKey
        self.codeKey = codeKey
        self.coderKey = coderKey
        self.start = start
        self.end = end
    }
}
