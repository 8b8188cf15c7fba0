extension SearchQuery {
    /// The query as an SQLite FTS5 full-text query, to bind as the right-hand side of `MATCH`.
    ///
    /// Built from the query syntax in https://www.sqlite.org/fts5.html §3 ("Full-text Query Syntax"):
    /// - §3.1: every term is an FTS5 *string* in double quotes, with an embedded `"` doubled, so nothing typed can
    ///   become a column filter (`title:`, §3.5), `NEAR` (§3.4), an initial-token `^` (§3.6), a parenthesis or an
    ///   `AND`/`OR`/`NOT` keyword (§3.7); inside a string all of those are just text for the tokenizer.
    /// - §3.2: a phrase is one string holding its words separated by spaces: `"place based"`.
    /// - §3.3: a prefix is a string followed by `*`: `"part" *`; after a phrase the star applies to its last word.
    /// - §3.7: `AND` and `OR` join terms; `NOT` is a *binary* operator (`a NOT b`), so exclusions hang off the
    ///   positive part: `("trust" AND "place based") NOT ("funding" OR "grant")`. Parentheses are written out
    ///   rather than relying on FTS5's precedence (NOT, then AND, then OR).
    ///
    /// Example: `trust OR partner* -"core funding"` gives `("trust" OR "partner" *) NOT "core funding"`.
    public func fts5Expression() -> String {
        let positives = clauses.map(Self.fts5Clause)
        let positive: String
        if positives.isEmpty {
            // A parsed query always has a clause; an empty string is FTS5's way of matching nothing.
            positive = "\"\""
        } else if positives.count == 1 || exclusions.isEmpty {
            positive = positives.joined(separator: " AND ")
        } else {
            positive = "(" + positives.joined(separator: " AND ") + ")"
        }
        guard !exclusions.isEmpty else { return positive }
        let negatives = exclusions.map(Self.fts5Term)
        let negative = negatives.count == 1 ? negatives[0] : "(" + negatives.joined(separator: " OR ") + ")"
        return positive + " NOT " + negative
    }

    /// One clause: a lone term, or its alternatives as `("a" OR "b")`.
    private static func fts5Clause(_ clause: SearchClause) -> String {
        let terms = clause.terms.map(fts5Term)
        return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
    }

    /// One term as a quoted FTS5 string, plus ` *` for a prefix.
    private static func fts5Term(_ term: SearchTerm) -> String {
        // Parsed words hold only letters, digits and marks, but the quoting must not depend on that.
        let escaped = term.words.joined(separator: " ").replacingQuotes()
        return "\"" + escaped + "\"" + (term.isPrefix ? " *" : "")
    }
}

extension String {
    /// The text with every `"` doubled, as an FTS5 string needs (https://www.sqlite.org/fts5.html §3.1).
    fileprivate func replacingQuotes() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            result.append(character)
            if character == "\"" { result.append("\"") }
        }
        return result
    }
}
