import Foundation
import SearchBenchSupport
import ThreadlineCore
import ThreadlineStore

/// Runs the fixture's queries through `SearchRepository.search` as the public search page does: parsed from the
/// typed text, public results only, first page of 20 with snippets, and the capped total.
struct QueryBenchmark {
    /// The store to search.
    let store: ThreadlineStore
    /// The queries, translated and checked.
    let queries: [TranslatedQuery]
    /// Timed passes after the warm-up pass.
    let passes: Int
    /// The page size of the public search page.
    let pageSize = 20

    /// Translates the fixture and checks that Threadline's compiler produces the expected FTS5 expression for
    /// each typed text, so both engines provably run the same searches.
    static func prepare(_ fixture: [FixtureQuery]) throws -> [TranslatedQuery] {
        let translator = MatchTranslator()
        var translated: [TranslatedQuery] = []
        for (position, query) in fixture.enumerated() {
            let item = try translator.translate(query)
            switch SearchQuery.parse(item.typed) {
            case .failure(let problem):
                throw BenchmarkFailure(
                    "Query \(position + 1) '\(item.typed)' (from '\(query.match)') is refused: \(problem.message)")
            case .success(let parsed) where parsed.fts5Expression() != item.expectedFTS5:
                throw BenchmarkFailure(
                    "Query \(position + 1) '\(item.typed)' compiles to '\(parsed.fts5Expression())', "
                        + "not '\(item.expectedFTS5)' (from '\(query.match)').")
            case .success:
                translated.append(item)
            }
        }
        return translated
    }

    /// Runs one untimed warm-up pass (which also records the hits) and then the timed passes.
    func run() async throws -> [QueryOutcome] {
        var outcomes = queries.map { QueryOutcome(query: $0) }
        let today = PartialDate(dayOf: Date())
        for index in outcomes.indices {
            let results = try await search(outcomes[index].query.typed, today: today)
            outcomes[index].hits = results.hits.count
            outcomes[index].total = results.total
            outcomes[index].totalIsLowerBound = results.totalIsLowerBound
        }
        let clock = ContinuousClock()
        for _ in 0..<passes {
            for index in outcomes.indices {
                let start = clock.now
                _ = try await search(outcomes[index].query.typed, today: today)
                outcomes[index].milliseconds.append(Console.seconds(clock.now - start) * 1000)
            }
        }
        return outcomes
    }

    /// One search as a request would make it, parsing included.
    private func search(_ typed: String, today: PartialDate) async throws -> SearchResults {
        let query = try SearchQuery.parse(typed).get()
        let request = SearchRequest(query: query, publicOnly: true, today: today, limit: pageSize)
        return try await store.search.search(request)
    }
}
