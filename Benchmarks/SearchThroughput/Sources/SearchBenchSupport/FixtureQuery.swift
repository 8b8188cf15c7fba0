/// One query of the shared fixture `fixtures/fts_queries.json`, as `fts_anchor.py --dump-queries` writes it.
///
/// The fixture is a JSON array of `{"kind": "word" | "and" | "phrase" | "prefix", "match": FTS5 MATCH string}`.
public struct FixtureQuery: Hashable, Sendable, Decodable {
    /// The anchor's name for the shape of the query: `word`, `and`, `phrase` or `prefix`.
    public var kind: String
    /// The FTS5 MATCH string the anchor binds, e.g. `joy AND always`, `"listen for"`, `chu*`.
    public var match: String

    /// Creates a query.
    public init(kind: String, match: String) {
        self.kind = kind
        self.match = match
    }
}
