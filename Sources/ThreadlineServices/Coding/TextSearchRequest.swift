public import ThreadlineCore

/// A text search query as every door asks it: the words and phrases to find, where to look for them, and whether
/// words sharing a stem count.
public struct TextSearchRequest: Sendable, Hashable {
    /// The words, phrases, prefixes and exclusions, in the search box's syntax.
    public var query: SearchQuery
    /// Look only inside passages coded with these codes; empty looks everywhere.
    public var codes: Set<Code.ID>
    /// Whether a code's passages include those of the codes below it.
    public var includesChildren: Bool
    /// Look only in these sources; empty allows every source.
    public var sources: Set<CodingSource>
    /// Look only in sources of these kinds; empty allows every codable kind.
    public var kinds: Set<EntityKind>
    /// Whether a word also finds the words with its English stem ("meeting" finds "meets").
    public var findsSimilarWords: Bool

    /// Creates a request from each of its fields; by default it looks everywhere for exactly the words typed.
    public init(
        query: SearchQuery, codes: Set<Code.ID> = [], includesChildren: Bool = false, sources: Set<CodingSource> = [],
        kinds: Set<EntityKind> = [], findsSimilarWords: Bool = false
    ) {
        self.query = query
        self.codes = codes
        self.includesChildren = includesChildren
        self.sources = sources
        self.kinds = kinds
        self.findsSimilarWords = findsSimilarWords
    }

    /// Whether `source` may be searched by its identity and kind (codes and selections are judged later).
    func allows(_ source: CodingSource) -> Bool {
        (sources.isEmpty || sources.contains(source)) && (kinds.isEmpty || kinds.contains(source.kind))
    }
}
