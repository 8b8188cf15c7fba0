import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Search across the evidence")
struct SearchTests {
    static func search(_ client: any TestClientProtocol, _ query: String, token: String? = nil) async throws
        -> TestResponse
    {
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
        return try await client.execute(
            uri: "/api/v1/search?q=\(encoded)", method: .get, headers: token.map { headers(bearer: $0) } ?? [:])
    }

    static func kinds(_ response: TestResponse) throws -> [String] {
        (try response.json()["items"]?.arrayValue ?? []).compactMap { $0["kind"]?.stringValue }
    }

    @Test("Words, phrases, prefixes and exclusions find published evidence, ranked, with highlighted snippets")
    func syntax() async throws {
        try await withApp { _, client in
            let steering = try await Self.search(client, "steering")
            #expect(steering.status == .ok)
            let titles = (try steering.json()["items"]?.arrayValue ?? []).compactMap { $0["title"]?.stringValue }
            #expect(titles.contains("Stockport closes its Local Pilot steering group"))
            #expect(titles.contains("Local Pilot steering group disbanded"))
            // The draft reflective log mentions the steering group too, but is not public.
            #expect(!titles.contains("Reflective log: Stockport after the steering group"))

            let phrase = try await Self.search(client, "\"steering group disbanded\"")
            let only = try #require(try phrase.json()["items"]?.arrayValue?.first)
            #expect(try phrase.json()["items"]?.arrayValue?.count == 1)
            #expect(only["url"] == .string("/places/stockport"))
            #expect(
                only["snippet_html"]?.stringValue?.contains("<mark>steering group disbanded</mark>") == true, "\(only)")
            #expect(only["snippet"]?.stringValue?.contains("\u{E000}") == false)
            let prefix = try await Self.search(client, "steer*")
            #expect((try prefix.json()["total"]?.intValue ?? 0) >= 2)
            let excluded = try await Self.search(client, "steering -disbanded")
            #expect(!excluded.text.contains("Local Pilot steering group disbanded"))

            let page = try await client.execute(uri: "/search?q=steering", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<mark>steering</mark>"))
            #expect(page.text.contains("href=\"/places/stockport\""))
        }
    }

    @Test("A query of only common words, a bare star, or only exclusions gets a helpful message")
    func unhelpfulQueries() async throws {
        try await withApp { _, client in
            for query in ["the and of", "*", "-trust"] {
                let response = try await Self.search(client, query)
                #expect(response.status == .unprocessableContent, "\(query)")
                #expect(response.text.contains("\"q\""), "\(query): \(response.text)")
                let page = try await client.execute(
                    uri: "/search?q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
                    method: .get)
                #expect(page.status == .unprocessableContent)
                #expect(page.text.contains("role=\"alert\""))
            }
            let blank = try await client.execute(uri: "/search", method: .get)
            #expect(blank.status == .ok)
            #expect(!blank.text.contains("role=\"alert\""))
        }
    }

    @Test("A transcript line is found and opens the player at its moment; withdrawn consent removes it at once")
    func transcriptHits() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let page = try await client.execute(uri: "/search?q=trust+each+other", method: .get).text
            #expect(page.contains("href=\"/testimony/\(testimony.id)#t=3\""))
            #expect(page.contains("At 0:03"))

            var withdrawn = try #require(try await hub.store.testimonies.get(testimony.id))
            withdrawn.consentWithdrawnOn = PartialDate("2023-11-01")
            try await hub.store.testimonies.update(withdrawn)
            let after = try await Self.search(client, "trust each other")
            #expect(!after.text.contains(testimony.id.description))
            // The team still finds it.
            let token = try await hub.token(for: hub.editor)
            let team = try await Self.search(client, "trust each other", token: token)
            #expect(team.text.contains(testimony.id.description))
        }
    }

    @Test("Each testimony is listed once, with every matching line of its transcript beneath it")
    func testimonyOnceWithItsLines() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let cues = (0..<4).map {
                TranscriptCue(
                    startMs: $0 * 10_000, endMs: $0 * 10_000 + 5000, speaker: nil,
                    text: "Line \($0 + 1) is about the towpath walkers.")
            }
            try await hub.store.transcripts.replace(cues: cues, of: testimony.id, durationFromTranscript: true)
            let page = try await client.execute(uri: "/search?q=towpath", method: .get).text
            #expect(page.components(separatedBy: "<h2><a href=\"/testimony/\(testimony.id)\">").count - 1 == 1)
            for second in [0, 10, 20, 30] {
                #expect(page.contains("<a href=\"/testimony/\(testimony.id)#t=\(second)\">"), "line at \(second) s")
            }
            #expect(page.contains("<ul class=\"result-lines\" aria-label=\"Matching lines of \(testimony.title)\">"))
        }
    }

    @Test("Internal and expired testimony is never found by the public", arguments: [ConsentState.current, .expired])
    func internalNeverFound(state: ConsentState) async throws {
        try await withApp { hub, client in
            let scope: ConsentScope = state == .current ? .internalOnly : .publicNamed
            let testimony = try await TestimonyFixtures.testimony(hub: hub, scope: scope, state: state)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            for query in ["trust", "meeting every week"] {
                #expect(!(try await Self.search(client, query)).text.contains(testimony.id.description))
            }
        }
    }

    @Test("Filters by kind, place and date range")
    func filters() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let milestones = try await client.execute(
                uri: "/api/v1/search?q=steering&kind=milestones", method: .get)
            #expect(try Self.kinds(milestones) == ["milestone"])
            let elsewhere = try await client.execute(
                uri: "/api/v1/search?q=steering&place=\(stockport.id)", method: .get)
            #expect((try elsewhere.json()["total"]?.intValue ?? 0) >= 1)
            let dated = try await client.execute(
                uri: "/api/v1/search?q=steering&kind=milestones&from=2022-07&to=2022-07", method: .get)
            #expect((try dated.json()["total"]?.intValue) == 1)
            let before = try await client.execute(
                uri: "/api/v1/search?q=steering&kind=milestones&to=2022-06", method: .get)
            #expect((try before.json()["total"]?.intValue) == 0)
            let bad = try await client.execute(uri: "/api/v1/search?q=x1&from=July&kind=poems", method: .get)
            let fields = try APITests.errorFields(bad, code: "validation_failed")
            #expect(fields.keys.sorted() == ["from", "kind"])
        }
    }

    @Test("The index follows every write: new words are found, deleted items vanish, markup stays inert")
    func indexFollowsWrites() async throws {
        try await withApp { hub, client in
            var story = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            story.body += "\n\nA <script>alert(1)</script> zephyrine note."
            try await hub.store.stories.update(story)
            let page = try await client.execute(uri: "/search?q=zephyrine", method: .get).text
            #expect(page.contains("<mark>zephyrine</mark>"))
            #expect(!page.contains("<script>alert"))
            try await hub.store.stories.delete(story.id)
            #expect((try await Self.search(client, "zephyrine")).text.contains("\"total\":0"))
            let rebuilt = try await hub.store.search.rebuild()
            #expect(rebuilt > 10)
        }
    }
}
