import Foundation
import Testing
import ThreadlineCore
import ThreadlineServices
import ThreadlineStore
import ThreadlineTestSupport

@Suite("Text search queries: scope, selection, coding every hit")
struct TextSearchQueriesTests {
    /// Two stories, a code with a child, and codings of each, on a hub without the demo.
    struct Fixture {
        var search: TextSearchQueries
        var alpha: CodingSource
        var beta: CodingSource
        var trust: Code
        var deepTrust: Code
        var coder: Coder
    }

    func fixture(_ hub: TestHub) async throws -> Fixture {
        // Alpha reads "Trust grew between partners. Leaders shared trust.\nFunding was short.": the first sentence is
        // 0..<28, the second 29..<50, the second paragraph 51..<69. Beta reads "Partners built trust slowly.".
        let alpha = Story(
            id: Story.ID(UUID()), title: "Alpha story", slug: "alpha-story",
            body: "Trust grew between partners. Leaders shared trust.\n\nFunding was short.", createdAt: TestHub.now)
        let beta = Story(
            id: Story.ID(UUID()), title: "Beta story", slug: "beta-story", body: "Partners built trust slowly.",
            createdAt: TestHub.now)
        try await hub.store.stories.create(alpha)
        try await hub.store.stories.create(beta)
        let trust = Code(id: Code.ID(UUID()), name: "Trust", createdAt: TestHub.now)
        let deepTrust = Code(id: Code.ID(UUID()), parentID: trust.id, name: "Deep trust", createdAt: TestHub.now)
        try await hub.store.coding.save(trust)
        try await hub.store.coding.save(deepTrust)
        let coder = try await hub.store.coding.coder(for: hub.editor)
        let alphaSource = CodingSource(story: alpha.id)
        let betaSource = CodingSource(story: beta.id)
        func coding(_ code: Code, _ source: CodingSource, _ start: Int, _ end: Int) -> Coding {
            Coding(
                id: Coding.ID(UUID()), codeID: code.id, source: source, coderID: coder.id, start: start, end: end,
                createdAt: TestHub.now)
        }
        _ = try await hub.store.coding.add([
            coding(trust, alphaSource, 0, 28), coding(deepTrust, alphaSource, 29, 50), coding(trust, betaSource, 0, 8),
        ])
        let queries = CodingQueries(
            coding: hub.store.coding, sources: CodingSourceCatalog.Repositories(store: hub.store))
        return Fixture(
            search: TextSearchQueries(queries: queries), alpha: alphaSource, beta: betaSource, trust: trust,
            deepTrust: deepTrust, coder: coder)
    }

    func withFixture(_ body: (TestHub, Fixture) async throws -> Void) async throws {
        let hub = try await TestHub.make(loadDemo: false)
        try await hub.store.closing {
            try await body(hub, try await fixture(hub))
        }
    }

    /// Where each hit is, as `title@start`.
    func places(_ results: [TextSearchResult]) -> [String] {
        results.map { "\($0.passage.sourceTitle)@\($0.passage.start)" }
    }

    @Test("every source is searched by title, each hit with its context, place in the text and coding-page link")
    func everywhere() async throws {
        try await withFixture { _, fixture in
            let results = try await fixture.search.run(try await fixture.search.request(text: "trust"))
            #expect(places(results) == ["Alpha story@0", "Alpha story@44", "Beta story@15"])
            let second = try #require(results.dropFirst().first)
            #expect(second.matched == "trust")
            // Six words back reach the start of the paragraph, so no "…" is shown before them.
            #expect(second.before == "Trust grew between partners. Leaders shared ")
            #expect(second.after == ".")
            #expect(second.passage.text == "Trust grew between partners. Leaders shared trust.")
            #expect(second.passage.end == 49)
            #expect(second.passage.codes.isEmpty)
            #expect(
                second.passage.url == "/workspace/coding/story/\(fixture.alpha.idText)?view=all&from=44&to=49#passage")
        }
    }

    @Test("a code keeps the search inside its passages, with the codes below it when asked")
    func byCode() async throws {
        try await withFixture { _, fixture in
            let search = fixture.search
            let coded = try await search.run(try await search.request(text: "trust", codes: ["Trust"]))
            #expect(places(coded) == ["Alpha story@0"])
            #expect(coded.first?.passage.codes == ["Trust"])
            #expect(coded.first?.passage.coders == ["Test editor"])
            let withChildren = try await search.run(
                try await search.request(text: "trust", codes: ["Trust"], includesChildren: true))
            #expect(places(withChildren) == ["Alpha story@0", "Alpha story@44"])
            #expect(withChildren.last?.passage.codes == ["Trust › Deep trust"])
            // Beta's coding is just "Partners" (0..<8), which holds its hit exactly.
            let partners = try await search.run(try await search.request(text: "partners", codes: ["Trust"]))
            #expect(places(partners) == ["Alpha story@19", "Beta story@0"])
        }
    }

    @Test("kinds and sources narrow the search")
    func bySourceAndKind() async throws {
        try await withFixture { _, fixture in
            let search = fixture.search
            let beta = try await search.run(try await search.request(text: "trust", sources: [fixture.beta.key]))
            #expect(places(beta) == ["Beta story@15"])
            let studies = try await search.run(try await search.request(text: "trust", kinds: ["case_study"]))
            #expect(studies.isEmpty)
            let stories = try await search.run(try await search.request(text: "trust", kinds: ["story"]))
            #expect(stories.count == 3)
        }
    }

    @Test("a selection of cases cuts the hits to what it selects, and exclusions are judged inside it")
    func bySelection() async throws {
        try await withFixture { _, fixture in
            let search = fixture.search
            var selection = SourceSelection()
            selection.add(fixture.alpha, range: 29..<69)
            let request = try await search.request(text: "trust")
            #expect(places(try await search.run(request, selection: selection)) == ["Alpha story@44"])
            #expect(places(try await search.run(request, selection: SourceSelection())) == [])
            #expect(places(try await search.run(request, selection: nil)).count == 3)
            // "Funding" lies in 51..<69: with it selected Alpha is left out, without it Alpha's hits stay.
            let excluding = try await search.request(text: "trust -funding")
            selection.add(fixture.beta)
            #expect(places(try await search.run(excluding, selection: selection)) == ["Beta story@15"])
            var firstParagraph = SourceSelection(wholeSources: [fixture.beta])
            firstParagraph.add(fixture.alpha, range: 0..<50)
            #expect(
                places(try await search.run(excluding, selection: firstParagraph)) == [
                    "Alpha story@0", "Alpha story@44", "Beta story@15",
                ])
            // Codes and a selection together: only what both leave.
            var second = SourceSelection()
            second.add(fixture.alpha, range: 29..<50)
            let coded = try await search.request(text: "trust", codes: ["Trust"], includesChildren: true)
            #expect(places(try await search.run(coded, selection: second)) == ["Alpha story@44"])
        }
    }

    @Test("every problem of a request is told at once, each with its field")
    func problems() async throws {
        try await withFixture { _, fixture in
            do {
                _ = try await fixture.search.request(
                    text: "-trust", codes: ["Trust", "Nobody"], sources: ["story/not-an-id"], kinds: ["news_post"])
                Issue.record("an unreadable request was accepted")
            } catch let error as ValidationError {
                #expect(error.problems.map(\.field) == ["query", "codes[1]", "sources[0]", "kinds[0]"])
                #expect(error.messages(for: "query").first?.hasPrefix("Add a word to search for") == true)
                #expect(error.messages(for: "codes[1]") == ["No code is called “Nobody”."])
            }
        }
    }

    @Test("coding all hits adds one coding per hit, skips hits already coded, and stores nothing when one fails")
    func codeAllHits() async throws {
        try await withFixture { hub, fixture in
            let search = fixture.search
            let tagged = Code(id: Code.ID(UUID()), name: "Tagged", createdAt: TestHub.now)
            try await hub.store.coding.save(tagged)
            let results = try await search.run(try await search.request(text: "trust"))
            let ids = RandomIDGenerator()

            // A hit whose source has changed since the search refuses the lot.
            var stale = results
            stale[2].passage.end = 500
            await #expect(throws: StoreError.self) {
                _ = try await search.codeAllHits(
                    stale, with: tagged.id, coder: fixture.coder.id, ids: ids, now: TestHub.now)
            }
            #expect(try await hub.store.coding.codings(codes: [tagged.id]).isEmpty)

            let first = try await search.codeAllHits(
                results, with: tagged.id, coder: fixture.coder.id, ids: ids, now: TestHub.now)
            #expect(first.added.count == 3)
            #expect(first.alreadyCoded == 0)
            let codings = try await hub.store.coding.codings(codes: [tagged.id])
            #expect(codings.map(\.excerpt).sorted() == ["Trust", "trust", "trust"])
            #expect(Set(codings.map(\.start)) == [0, 44, 15])
            let again = try await search.codeAllHits(
                results, with: tagged.id, coder: fixture.coder.id, ids: ids, now: TestHub.now)
            #expect(again.added.isEmpty)
            #expect(again.alreadyCoded == 3)
            await #expect(throws: ValidationError.self) {
                _ = try await search.codeAllHits(
                    results, with: Code.ID(UUID()), coder: fixture.coder.id, ids: ids, now: TestHub.now)
            }
        }
    }

    @Test("saving the hits as a code makes a new code holding exactly the words found")
    func saveAsCode() async throws {
        try await withFixture { hub, fixture in
            let search = fixture.search
            let request = try await search.request(text: "\"shared trust\"")
            let results = try await search.run(request)
            let code = try await search.saveAsCode(
                results, request: request, name: "Shared trust", coder: fixture.coder.id, ids: RandomIDGenerator(),
                now: TestHub.now)
            #expect(code.description == "The hits of the text search query \"shared trust\".")
            #expect(try await hub.store.coding.codings(codes: [code.id]).map(\.excerpt) == ["shared trust"])
        }
    }
}
