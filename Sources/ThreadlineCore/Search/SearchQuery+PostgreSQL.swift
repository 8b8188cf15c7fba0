extension SearchQuery {
    /// The query as PostgreSQL `tsquery` text, for `to_tsquery('english', $1)` with the result bound as `$1`.
    ///
    /// Uses the operators of https://www.postgresql.org/docs/current/datatype-textsearch.html (§8.11.2) and
    /// https://www.postgresql.org/docs/current/textsearch-controls.html (§12.3.2): `&` (AND), `|` (OR), `!` (NOT),
    /// `<->` (followed by, for phrases) and `:*` (prefix). Every word is reduced to letters, digits and combining
    /// marks, so no quote, colon, parenthesis, backslash or operator character typed by a reader survives; phrases
    /// and `OR` groups are parenthesised so the result never depends on operator precedence.
    ///
    /// `to_tsquery` then stems the words and drops English stop words itself, which is why phrases can be passed
    /// with their stop words. Example: `trust OR partner* -"core funding"` gives
    /// `(trust | partner:*) & !(core <-> funding)`.
    ///
    /// `to_tsquery` removes words of its own stop list too, which is longer than ours: `don't` becomes
    /// `(don <-> t)`, and PostgreSQL, which indexes neither piece, reduces it to an empty query that matches
    /// nothing (with a notice, not an error). The same texts were run through PostgreSQL 15's `to_tsquery`
    /// once by hand while writing this; every one was accepted.
    ///
    /// A parsed query always yields a non-empty result; the empty string (which `to_tsquery` accepts with a notice
    /// and which matches nothing) could only come from a query without searchable words.
    public func postgresTsQuery() -> String {
        let positives = clauses.compactMap(Self.tsQueryClause)
        let negatives = exclusions.compactMap(Self.tsQueryTerm).map { "!" + $0 }
        guard !positives.isEmpty else { return "" }
        return (positives + negatives).joined(separator: " & ")
    }

    /// One clause: a lone term, or its alternatives as `(a | b)`; `nil` when no word survives sanitising.
    private static func tsQueryClause(_ clause: SearchClause) -> String? {
        let terms = clause.terms.compactMap(tsQueryTerm)
        switch terms.count {
        case 0:
            return nil
        case 1:
            return terms[0]
        default:
            return "(" + terms.joined(separator: " | ") + ")"
        }
    }

    /// One term: `word`, `word:*`, or `(a <-> b)` for a phrase; `nil` when no word survives sanitising.
    private static func tsQueryTerm(_ term: SearchTerm) -> String? {
        var words = term.words.map(tsQueryWord).filter { !$0.isEmpty }
        guard let last = words.indices.last else { return nil }
        if term.isPrefix { words[last] += ":*" }
        return words.count == 1 ? words[0] : "(" + words.joined(separator: " <-> ") + ")"
    }

    /// Only the letters, digits and combining marks of `word`: nothing tsquery could read as syntax.
    private static func tsQueryWord(_ word: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where SearchTextScanner.continuesWord(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }
}
