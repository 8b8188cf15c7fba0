extension SearchQuery {
    /// Lower-cased words to mark in result snippets: the positive words, the words of positive phrases and the
    /// stems of prefixes (`part` for `part*`), each once, in the order typed. Excluded terms never appear.
    ///
    /// Inside a phrase, stop words and single characters are left out (highlighting every "the", or the "t" of
    /// `don't`, would drown the snippet) unless nothing else of the phrase would remain. A highlighter should
    /// match entries at the start of words, so that a stem also marks the words it stands for.
    public var highlightTerms: [String] {
        var result: [String] = []
        var seen: Set<String> = []
        for clause in clauses {
            for term in clause.terms {
                for word in Self.wordsToHighlight(term) where seen.insert(word).inserted {
                    result.append(word)
                }
            }
        }
        return result
    }

    /// The words of one term worth marking.
    private static func wordsToHighlight(_ term: SearchTerm) -> [String] {
        guard term.form == .phrase, term.words.count > 1 else { return term.words }
        let telling = term.words.filter { $0.count > 1 && !SearchStopWords.english.contains($0) }
        return telling.isEmpty ? term.words : telling
    }
}
