import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// An anonymous list must count only what it shows: a `total` that includes hidden items, or an empty page where
/// they sit, tells a stranger how many hidden items there are and where.
@Suite("Security: anonymous lists count only what the public may see")
struct AnonymousListTotalTests {
    /// Hides the demo's testimony (withdrawn consent) and adds published evidence links to it and its clip, to a
    /// draft story and to internal testimony, so hidden items sit among visible ones in several lists.
    static func hideSome(in hub: TestHub) async throws {
        let testimonyID = try #require(Testimony.ID("00000000-0000-4000-8000-000000000901"))
        var testimony = try #require(try await hub.store.testimonies.get(testimonyID))
        testimony.consent.withdrawnOn = PartialDate("2023-01-01")
        try await hub.store.testimonies.update(testimony)
        let insider = Testimony(
            id: Testimony.ID(UUID()), title: "Kept inside the team", status: .published, createdAt: TestHub.now)
        try await hub.store.testimonies.create(insider)
        let clip = try #require(try await hub.store.clips.all(ContentQuery()).first)
        let theory = try #require(try await hub.store.programmeTheories.all(ContentQuery(status: .published)).first)
        let draftStory = try #require(try await hub.store.stories.all(ContentQuery(status: .draft)).first)
        for index in 0..<5 {
            try await hub.store.theoryEvidence.create(
                TheoryEvidence(
                    id: TheoryEvidence.ID(UUID()), theoryID: theory.id, stance: .supports,
                    storyID: index == 2 ? draftStory.id : nil,
                    testimonyID: [0, 3].contains(index) ? (index == 0 ? testimonyID : insider.id) : nil,
                    clipID: [1, 4].contains(index) ? clip.id : nil,
                    note: "Hidden evidence \(index)", status: .published, createdAt: TestHub.now))
        }
    }

    @Test("Every anonymous API list's total equals the items reachable by paging, with no short page before the end")
    func totalsMatchPaging() async throws {
        try await SecuritySweep.run { sweep in
            try await Self.hideSome(in: sweep.hub)
            let lists = sweep.routes.filter { $0.method == .get && $0.isAPI && $0.components.count == 3 }
            #expect(lists.count >= EntityKind.allCases.count)
            var checked = 0
            for route in lists {
                let first = try await sweep.client.execute(uri: "\(route.path)?limit=2", method: .get)
                // Lists the public may not read (networks) refuse outright; they leak no count.
                guard first.status == .ok, let json = try? first.json(), json["total"]?.intValue != nil else {
                    #expect(first.status != .ok || (try? first.json())?["items"] == nil, "\(route): \(first.status)")
                    continue
                }
                checked += 1
                let total = try #require(json["total"]?.intValue)
                var seen: [String] = []
                var offset = 0
                while offset < total + 4 {
                    let page = try await sweep.client.execute(
                        uri: "\(route.path)?limit=2&offset=\(offset)", method: .get)
                    let pageJSON = try page.json()
                    #expect(pageJSON["total"]?.intValue == total, "\(route) offset \(offset)")
                    let items = pageJSON["items"]?.arrayValue ?? []
                    let expected = max(0, min(2, total - offset))
                    #expect(items.count == expected, "\(route) offset \(offset): \(items.count) items of \(total)")
                    seen += items.compactMap { $0["id"]?.stringValue }
                    offset += 2
                }
                #expect(seen.count == total, "\(route): total \(total), reachable \(seen.count)")
                #expect(Set(seen).count == seen.count, "\(route) repeats an item")
                for text in seen { #expect(!text.isEmpty) }
            }
            #expect(checked >= EntityKind.allCases.count - 1)
            // The five hidden links are neither listed nor counted.
            let evidence = try await sweep.client.execute(uri: "/api/v1/theory-evidence?limit=100", method: .get)
            #expect(!evidence.text.contains("Hidden evidence"))
            let published = try await sweep.hub.store.theoryEvidence.all(ContentQuery(status: .published)).count
            #expect(try evidence.json()["total"]?.intValue ?? 0 <= published - 5)
        }
    }

    @Test("Anonymous search counts only public results, page by page")
    func searchTotals() async throws {
        try await SecuritySweep.run { sweep in
            try await Self.hideSome(in: sweep.hub)
            for query in ["youth", "trust", "partnership"] {
                let first = try await sweep.client.execute(uri: "/api/v1/search?q=\(query)", method: .get).json()
                let total = try #require(first["total"]?.intValue)
                guard first["total_is_lower_bound"] != .bool(true) else { continue }
                var seen = 0
                var page = 1
                while page <= total / 20 + 2 {
                    let items =
                        try await sweep.client.execute(uri: "/api/v1/search?q=\(query)&page=\(page)", method: .get)
                        .json()["items"]?.arrayValue ?? []
                    #expect(items.count == max(0, min(20, total - (page - 1) * 20)), "\(query) page \(page)")
                    seen += items.count
                    page += 1
                }
                #expect(seen == total, "\(query): total \(total), reachable \(seen)")
            }
        }
    }
}
