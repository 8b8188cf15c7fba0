/// The ordered pair of member keys a tie joins, which is how ties are matched between two waves.
public struct TiePair: Hashable, Sendable, Codable {
    /// The key of the member who answered.
    public var from: String
    /// The key of the member answered about.
    public var to: String

    /// Creates a pair.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
