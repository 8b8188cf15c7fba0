public import ThreadlineCore

/// Rewrites the fixture's FTS5 MATCH strings as search-box text for Threadline's query parser.
///
/// The fixture (written by `fts_anchor.py`) uses four shapes, mapped like this:
///
/// | kind | FTS5 MATCH | typed | why |
/// | --- | --- | --- | --- |
/// | word | `outcome` | `outcome` | a bare word is a word |
/// | and | `joy AND always` | `joy always` | the parser joins words with AND |
/// | phrase | `"listen for"` | `"listen for"` | quotes mean a phrase in both |
/// | prefix | `chu*` | `chu*` | a star means a prefix in both |
///
/// One exception: a bare word that is one of the parser's stop words (the corpus's "content" words include
/// "because", "before", "during", "until" and "while") is typed in quotes, `"because"`, because the parser leaves
/// bare stop words out but keeps the words of a phrase; a one-word phrase matches exactly what the bare word does.
///
/// Anything outside that subset (`OR`, `NOT`, `NEAR`, parentheses, column filters, `^`) is refused rather than
/// guessed at: the fixture does not use it, and a silent mistranslation would compare two different searches.
public struct MatchTranslator: Sendable {
    /// The words the parser drops when they are typed bare.
    public let stopWords: Set<String>

    /// Creates a translator for a parser that drops `stopWords`.
    public init(stopWords: Set<String> = SearchStopWords.english) {
        self.stopWords = stopWords
    }

    /// Translates one fixture query.
    ///
    /// - Throws: ``MatchTranslationError`` naming the byte where the query leaves the supported subset.
    public func translate(_ fixture: FixtureQuery) throws(MatchTranslationError) -> TranslatedQuery {
        let terms = try MatchScanner(fixture.match).terms()
        let typed = terms.map(typedText).joined(separator: " ")
        let expected = terms.map(fts5Text).joined(separator: " AND ")
        return TranslatedQuery(fixture: fixture, typed: typed, expectedFTS5: expected)
    }

    private func typedText(_ term: MatchTerm) -> String {
        let star = term.isPrefix ? "*" : ""
        let joined = term.words.joined(separator: " ")
        let needsQuotes = term.isQuoted || (!term.isPrefix && stopWords.contains(joined))
        return needsQuotes ? "\"" + joined + "\"" + star : joined + star
    }

    /// The term as `SearchQuery.fts5Expression()` writes it.
    private func fts5Text(_ term: MatchTerm) -> String {
        "\"" + term.words.joined(separator: " ") + "\"" + (term.isPrefix ? " *" : "")
    }
}
