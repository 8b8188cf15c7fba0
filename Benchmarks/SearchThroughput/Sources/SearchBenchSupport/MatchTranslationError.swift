/// Why an FTS5 MATCH string of the fixture could not be turned into search-box text.
public struct MatchTranslationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The MATCH string that was refused.
    public var match: String
    /// The UTF-8 byte offset in `match` where the problem starts.
    public var byteOffset: Int
    /// A sentence saying what is wrong.
    public var reason: String

    /// Creates an error.
    public init(match: String, byteOffset: Int, reason: String) {
        self.match = match
        self.byteOffset = byteOffset
        self.reason = reason
    }

    /// The error as one line, naming the query and the byte where the problem is.
    public var description: String {
        "Cannot translate the FTS5 query \(quoted(match)) at byte \(byteOffset): \(reason)"
    }

    private func quoted(_ text: String) -> String {
        "'" + text + "'"
    }
}
