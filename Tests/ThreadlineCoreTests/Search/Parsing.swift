@testable import ThreadlineCore

/// Parses `text` or throws its problem, so a test that expects success fails with the reader's message.
func parsed(_ text: String, stopWords: Set<String> = SearchStopWords.english) throws -> SearchQuery {
    try SearchQuery(parsing: text, stopWords: stopWords)
}

/// The problem `text` gives, or `nil` when it parses.
func problem(_ text: String) -> SearchQueryProblem? {
    if case .failure(let problem) = SearchQuery.parse(text) { return problem }
    return nil
}

/// A bare word term.
func word(_ text: String, prefix: Bool = false) -> SearchTerm {
    SearchTerm(words: [text], form: .word, isPrefix: prefix)
}

/// A phrase term.
func phrase(_ words: String..., prefix: Bool = false) -> SearchTerm {
    SearchTerm(words: words, form: .phrase, isPrefix: prefix)
}

/// One clause per term, as a query without `OR` has.
func clauses(_ terms: SearchTerm...) -> [SearchClause] {
    terms.map { SearchClause(terms: [$0]) }
}
