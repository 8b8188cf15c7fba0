import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

/// Full-text search gives the same results on every engine: FTS5 on SQLite, a tsvector column on PostgreSQL.
@Suite("Search in the store")
struct SearchContractTests {
    /// Two published stories to search, and the day they count as public on.
    private static func stories(in store: ThreadlineStore) async throws {
        try await store.stories.create(Sample.story("Trust and partnership in Wigan", status: .published))
        try await store.stories.create(Sample.story("Funding the youth club", status: .published))
    }

    private static func search(_ text: String, in store: ThreadlineStore) async throws -> SearchResults {
        let request = SearchRequest(
            query: try SearchQuery.parse(text).get(), publicOnly: true, today: PartialDate(dayOf: Date()))
        return try await store.search.search(request)
    }

    @Test("words, prefixes, phrases and exclusions find the same stories", arguments: StoreEngine.all)
    func syntax(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await Self.stories(in: store)
            let titles: [String: [String]] = [
                "partnership": ["Trust and partnership in Wigan"],
                "partner*": ["Trust and partnership in Wigan"],
                "trust wigan": ["Trust and partnership in Wigan"],
                "\"youth club\"": ["Funding the youth club"],
                "\"club youth\"": [],
                "story -funding": ["Trust and partnership in Wigan"],
                "nothing": [],
            ]
            for (text, expected) in titles {
                let results = try await Self.search(text, in: store)
                #expect(results.hits.map(\.title) == expected, "\(text)")
                #expect(results.total == expected.count, "\(text)")
            }
        }
    }

    @Test("a snippet marks the words found", arguments: StoreEngine.all)
    func snippets(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await Self.stories(in: store)
            let hit = try #require(try await Self.search("partnership", in: store).hits.first)
            #expect(hit.snippet.contains("\(SearchHit.markStart)partnership\(SearchHit.markEnd)"))
            // A phrase is one marked passage on every engine, not one mark per word.
            let phrase = try #require(try await Self.search("\"youth club\"", in: store).hits.first)
            #expect(
                phrase.snippet.contains("\(SearchHit.markStart)youth club\(SearchHit.markEnd)"), "\(phrase.snippet)")
        }
    }
}
