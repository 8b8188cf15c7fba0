/// What a reader typed into the search box, parsed once and independent of any search engine.
///
/// The syntax is the one people know from web search:
///
/// | typed | means |
/// | --- | --- |
/// | `trust partnership` | both words (AND) |
/// | `"place based"`, `“place based”` | the words together, in this order |
/// | `part*` | words starting with `part` (at least 2 characters before the star) |
/// | `-funding`, `-"core funding"` | results without the word or phrase |
/// | `trust OR partnership` | either word (`OR` in upper case, between two terms) |
/// | `place-based`, `don't` | the phrases "place based" and "don t", as the engines index them |
///
/// Every other punctuation mark separates words (`trust,partnership` is two words), case does not matter, and
/// words may be in any script. Plain words that are common English words (``SearchStopWords/english``) are left
/// out; words inside a phrase are kept.
///
/// A query compiles to a safe SQLite FTS5 expression (``fts5Expression()``) and to a PostgreSQL `tsquery`
/// (``postgresTsQuery()``); neither lets typed text reach the engine as syntax.
public struct SearchQuery: Hashable, Sendable, CustomStringConvertible {
    /// The longest accepted text, in characters as a person counts them.
    public static let maximumCharacters = 512
    /// The longest accepted text in UTF-8 bytes: 8 per character, so only texts stuffed with combining marks
    /// (a few characters hiding thousands of scalars) run into it before ``maximumCharacters``.
    public static let maximumUTF8Bytes = 4096
    /// The most words, phrases and exclusions in one query, counted after stop words and repeats are dropped;
    /// this keeps the engines' work per search small.
    public static let maximumTerms = 32
    /// The fewest characters before a `*`; shorter prefixes match too much of the index to be useful.
    public static let minimumPrefixLength = 2

    /// What every result must contain: each clause is one term or several joined by `OR`. Never empty.
    public let clauses: [SearchClause]
    /// What no result may contain, in the order typed.
    public let exclusions: [SearchTerm]

    init(clauses: [SearchClause], exclusions: [SearchTerm]) {
        self.clauses = clauses
        self.exclusions = exclusions
    }

    /// Parses what a reader typed.
    ///
    /// - Parameters:
    ///   - text: The search box's text, untrusted and of any length.
    ///   - stopWords: Lower-cased plain words to leave out; English function words unless told otherwise.
    /// - Returns: The query, or a problem whose message can be shown to the reader as it is.
    public static func parse(
        _ text: String,
        stopWords: Set<String> = SearchStopWords.english
    ) -> Result<SearchQuery, SearchQueryProblem> {
        if let problem = lengthProblem(text) {
            return .failure(problem)
        }
        let tokens = SearchTextScanner(text).tokens()
        return SearchQueryBuilder(text: text, stopWords: stopWords).build(tokens)
    }

    /// Parses what a reader typed, throwing the problem instead of returning it.
    ///
    /// - Parameters:
    ///   - text: The search box's text, untrusted and of any length.
    ///   - stopWords: Lower-cased plain words to leave out; English function words unless told otherwise.
    /// - Throws: ``SearchQueryProblem`` when there is nothing to search for or a limit is broken.
    public init(parsing text: String, stopWords: Set<String> = SearchStopWords.english) throws(SearchQueryProblem) {
        self = try Self.parse(text, stopWords: stopWords).get()
    }

    /// The query written out again in its normalised form, e.g. `trust OR partner* "place based" -funding`.
    ///
    /// Parsing the description with the same stop words gives back an equal query.
    public var description: String {
        let positive = clauses.map(\.description)
        let negative = exclusions.map { "-" + $0.description }
        return (positive + negative).joined(separator: " ")
    }

    /// Checks the length before any scanning, so the scanner only ever sees a small text. Counting characters
    /// is one linear pass, which stays cheap for any text a web request can carry.
    private static func lengthProblem(_ text: String) -> SearchQueryProblem? {
        let characterCount = text.count
        if characterCount > maximumCharacters {
            let message = "Search text can be at most \(maximumCharacters) characters long; this has \(characterCount)."
            let place = text.index(text.startIndex, offsetBy: maximumCharacters)
            return SearchQueryProblem(.tooLong, message, in: text, at: place)
        }
        let byteCount = text.utf8.count
        if byteCount > maximumUTF8Bytes {
            let message =
                "Search text can be at most \(maximumUTF8Bytes) bytes long once encoded; this has \(byteCount), "
                + "from \(characterCount) characters carrying many accents or marks."
            return SearchQueryProblem(.tooLong, message, in: text, at: nil)
        }
        return nil
    }
}
