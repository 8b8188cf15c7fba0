/// A coding that could not be moved to the same words when sources began to be coded as they read: it stays where
/// it was, its quote intact, until a coder looks at it again.
public struct CodingRelocationProblem: Hashable, Sendable {
    /// The coding.
    public var codingID: Coding.ID
    /// Its source.
    public var source: CodingSource
    /// Its quote, as coded.
    public var excerpt: String
    /// Why it could not be moved.
    public var reason: String

    /// Creates the description.
    public init(codingID: Coding.ID, source: CodingSource, excerpt: String, reason: String) {
        self.codingID = codingID
        self.source = source
        self.excerpt = excerpt
        self.reason = reason
    }
}
