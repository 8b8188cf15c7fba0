/// How many rows raw SQLite FTS5 finds for one fixture query on the anchor's database, as
/// `Benchmarks/SearchThroughput/anchor_counts.py` writes them.
public struct AnchorCount: Hashable, Sendable, Decodable {
    /// The FTS5 MATCH string.
    public var match: String
    /// Every row that matches (`SELECT count(*) … MATCH ?`), uncapped.
    public var matches: Int

    /// Creates a count.
    public init(match: String, matches: Int) {
        self.match = match
        self.matches = matches
    }
}
