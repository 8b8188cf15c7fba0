/// Turns scanned tokens into a ``SearchQuery``: drops stop words, groups `OR` alternatives, removes repeats,
/// enforces the limits and explains a query that has nothing left to search for.
struct SearchQueryBuilder {
    /// The text the tokens came from, for problem offsets.
    let text: String
    /// Plain words to leave out.
    let stopWords: Set<String>

    /// A term with the place it was typed, so limits can point at the term that broke them.
    private struct PlacedTerm {
        let term: SearchTerm
        let start: String.Index
    }

    /// What was seen but not kept, to pick the most helpful sentence when no positive term is left.
    private struct Discarded {
        var firstBareStar: String.Index?
        var firstCommonWord: String.Index?
    }

    /// A token that survived stop words and stars, in the order typed.
    private enum Item {
        case positive(PlacedTerm)
        case excluded(PlacedTerm)
        case orOperator(String.Index)

        var isPositive: Bool {
            if case .positive = self { return true }
            return false
        }
    }

    /// Builds the query, or the first problem found.
    func build(_ tokens: [ScannedToken]) -> Result<SearchQuery, SearchQueryProblem> {
        var items: [Item] = []
        var discarded = Discarded()
        for token in tokens {
            switch token.kind {
            case .bareStar:
                if discarded.firstBareStar == nil { discarded.firstBareStar = token.start }
            case .orOperator:
                // `a OR OR b` means `a OR b`.
                if case .orOperator = items.last { continue }
                items.append(.orOperator(token.start))
            case .term(let words, let form, let isPrefix):
                let term = SearchTerm(words: words, form: form, isPrefix: isPrefix)
                if isPrefix, let last = words.last, last.count < SearchQuery.minimumPrefixLength {
                    return .failure(prefixTooShort(term, token.start))
                }
                if form == .word, !isPrefix, words.allSatisfy(stopWords.contains) {
                    if discarded.firstCommonWord == nil { discarded.firstCommonWord = token.start }
                    continue
                }
                let placed = PlacedTerm(term: term, start: token.start)
                items.append(token.isExcluded ? .excluded(placed) : .positive(placed))
            }
        }
        return group(items, discarded: discarded)
    }

    /// Groups positive terms joined by `OR` into clauses and collects the exclusions.
    private func group(_ items: [Item], discarded: Discarded) -> Result<SearchQuery, SearchQueryProblem> {
        var clauses: [[PlacedTerm]] = []
        var exclusions: [PlacedTerm] = []
        var discarded = discarded
        var joinsNext = false
        for (position, item) in items.enumerated() {
            switch item {
            case .orOperator(let start):
                // `OR` only joins two positive terms; elsewhere (first, last, next to an exclusion) it is the
                // plain word "or", which is normally a stop word.
                let isBetweenPositives =
                    position > 0 && position + 1 < items.count && items[position - 1].isPositive
                    && items[position + 1].isPositive
                if isBetweenPositives {
                    joinsNext = true
                } else if stopWords.contains("or") {
                    if discarded.firstCommonWord == nil { discarded.firstCommonWord = start }
                } else {
                    clauses.append([
                        PlacedTerm(term: SearchTerm(words: ["or"], form: .word, isPrefix: false), start: start)
                    ])
                }
            case .positive(let placed):
                if joinsNext, let last = clauses.indices.last {
                    clauses[last].append(placed)
                } else {
                    clauses.append([placed])
                }
                joinsNext = false
            case .excluded(let placed):
                exclusions.append(placed)
            }
        }
        return finish(clauses: clauses, exclusions: exclusions, discarded: discarded)
    }

    /// Removes repeats, checks the term limit and makes sure something positive is left.
    private func finish(
        clauses: [[PlacedTerm]],
        exclusions: [PlacedTerm],
        discarded: Discarded
    ) -> Result<SearchQuery, SearchQueryProblem> {
        var kept: [PlacedTerm] = []
        var uniqueClauses: [SearchClause] = []
        var seenClauses: Set<SearchClause> = []
        for placedTerms in clauses {
            var terms: [SearchTerm] = []
            var placedKept: [PlacedTerm] = []
            for placed in placedTerms where !terms.contains(placed.term) {
                terms.append(placed.term)
                placedKept.append(placed)
            }
            // Whole clauses are compared only after OR grouping, so `a a OR b` keeps meaning `a AND (a OR b)`.
            let clause = SearchClause(terms: terms)
            if seenClauses.insert(clause).inserted {
                uniqueClauses.append(clause)
                kept.append(contentsOf: placedKept)
            }
        }
        var uniqueExclusions: [SearchTerm] = []
        var seenExclusions: Set<SearchTerm> = []
        for placed in exclusions where seenExclusions.insert(placed.term).inserted {
            uniqueExclusions.append(placed.term)
            kept.append(placed)
        }
        if kept.count > SearchQuery.maximumTerms {
            // Point at the first term past the limit in reading order, which is where the reader should cut.
            let overflow = kept.map(\.start).sorted()[SearchQuery.maximumTerms]
            return .failure(tooManyTerms(count: kept.count, at: overflow))
        }
        guard !uniqueClauses.isEmpty else {
            return .failure(nothingToFind(firstExclusion: exclusions.first, discarded: discarded))
        }
        return .success(SearchQuery(clauses: uniqueClauses, exclusions: uniqueExclusions))
    }

    private func prefixTooShort(_ term: SearchTerm, _ start: String.Index) -> SearchQueryProblem {
        let message =
            "Type at least \(SearchQuery.minimumPrefixLength) letters before *, like part*; "
            + "\(term.description) would match too many words."
        return SearchQueryProblem(.prefixTooShort, message, in: text, at: start)
    }

    private func tooManyTerms(count: Int, at start: String.Index) -> SearchQueryProblem {
        let message =
            "Search can use at most \(SearchQuery.maximumTerms) words and phrases; this has \(count). "
            + "Remove some and try again."
        return SearchQueryProblem(.tooManyTerms, message, in: text, at: start)
    }

    /// The sentence for a query without a positive term, most specific reason first.
    private func nothingToFind(firstExclusion: PlacedTerm?, discarded: Discarded) -> SearchQueryProblem {
        if let star = discarded.firstBareStar {
            let message = "A bare * matches everything; type the start of a word, like part*."
            return SearchQueryProblem(.bareStar, message, in: text, at: star)
        }
        if let firstExclusion {
            // A phrase already shows its own quotes: `-"place based"`, but `"-trust"`.
            let typed = "-" + firstExclusion.term.description
            let shown = firstExclusion.term.form == .phrase ? typed : "\"\(typed)\""
            let message = "Add a word to search for; \(shown) only excludes."
            return SearchQueryProblem(.onlyExclusions, message, in: text, at: firstExclusion.start)
        }
        if let commonWord = discarded.firstCommonWord {
            let message =
                "Search needs at least one word that is not a common word like \"the\" or \"and\"; "
                + "put a phrase in quotes to search for it as typed."
            return SearchQueryProblem(.onlyCommonWords, message, in: text, at: commonWord)
        }
        return SearchQueryProblem(.empty, "Type a word to search for.", in: text, at: nil)
    }
}
