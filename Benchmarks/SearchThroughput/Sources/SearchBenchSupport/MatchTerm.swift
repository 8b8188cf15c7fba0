/// One term of an FTS5 MATCH string in the subset the fixture uses: a bare word or a quoted phrase, either of
/// which may end in `*` (a prefix).
struct MatchTerm: Hashable, Sendable {
    /// The words, lower-cased as the unicode61 tokenizer folds them; one for a bare word.
    var words: [String]
    /// Whether the term was written in double quotes.
    var isQuoted: Bool
    /// Whether the term ends in `*`.
    var isPrefix: Bool
}
