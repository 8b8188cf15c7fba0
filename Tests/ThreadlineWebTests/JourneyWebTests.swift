import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Place journey infographics")
struct JourneyWebTests {
    @Test("a place page shows its journey wide and tall, with enablers in the legend and links to the SVG files")
    func placePage() async throws {
        try await withApp { hub, client in
            let page = try await client.execute(uri: "/places/stockport", method: .get).text
            #expect(page.contains("class=\"journey-infographic journey-horizontal\""))
            #expect(page.contains("class=\"journey-infographic journey-vertical\""))
            #expect(page.contains("id=\"journey-wide-title\""))
            #expect(page.contains("id=\"journey-narrow-title\""))
            #expect(page.contains("href=\"/places/stockport/journey.svg\""))
            #expect(page.contains("href=\"/places/stockport/journey-tall.svg\""))
            // Every published milestone of the place is drawn, and the list below still has each in full.
            let stockport = try await hub.place("stockport")
            let milestones = try await hub.store.milestones.all().filter {
                $0.status == .published && $0.placeID == stockport.id
            }
            #expect(!milestones.isEmpty)
            for milestone in milestones { #expect(page.contains(escaped(milestone.title))) }
        }
    }

    @Test("the SVG files are served as images, and not for places the public cannot see")
    func files() async throws {
        try await withApp { hub, client in
            let wide = try await client.execute(uri: "/places/stockport/journey.svg", method: .get)
            #expect(wide.status == .ok)
            #expect(wide.contentType == "image/svg+xml; charset=utf-8")
            #expect(wide.text.hasPrefix("<?xml"))
            #expect(wide.text.contains("journey-horizontal"))
            let tall = try await client.execute(uri: "/places/stockport/journey-tall.svg", method: .get)
            #expect(tall.text.contains("journey-vertical"))

            var place = try await hub.place("stockport")
            place.status = .draft
            try await hub.store.places.update(place)
            let hidden = try await client.execute(uri: "/places/stockport/journey.svg", method: .get)
            #expect(hidden.status == .notFound)
            let unknown = try await client.execute(uri: "/places/nowhere/journey.svg", method: .get)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("a milestone's kind and every enabler it evidences reach the infographic, and survive the store")
    func kindsAndEnablers() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let enablers = try await hub.store.enablers.all().filter { $0.status == .published }
                .sorted { $0.number < $1.number }
            #expect(enablers.count >= 3)
            let milestone = Milestone(
                id: Milestone.ID(UUID()), placeID: stockport.id, date: PartialDate("2023-05"),
                title: "Joint budget agreed", enablerID: enablers[0].id, kind: .investment,
                otherEnablerIDs: [enablers[2].id, enablers[0].id], status: .published, createdAt: TestHub.now,
                publishedAt: TestHub.now)
            try await hub.store.milestones.create(milestone)
            let stored = try #require(try await hub.store.milestones.get(milestone.id))
            #expect(stored.kind == .investment)
            #expect(stored.allEnablerIDs == [enablers[0].id, enablers[2].id])
            let svg = try await client.execute(uri: "/places/stockport/journey.svg", method: .get).text
            #expect(
                svg.contains(
                    "May 2023: Joint budget agreed (Investment; enablers \(enablers[0].number) "
                        + "\(escaped(enablers[0].name)), \(enablers[2].number) \(escaped(enablers[2].name)))"))
        }
    }

    @Test(
        "a place's eras are drawn as bands behind its milestones; an era that cannot be read is refused with its line")
    func eras() async throws {
        try await withApp { hub, client in
            let page = try await client.execute(uri: "/places/stockport", method: .get).text
            #expect(page.contains("class=\"journey-era\""))
            #expect(page.contains("Pilot phase"))
            let place = try await hub.place("stockport")
            let before = place.eras
            let token = try await hub.token(for: hub.editor)
            var headers = HTTPFields()
            headers[.authorization] = "Bearer \(token)"
            headers[.contentType] = "application/json"
            let response = try await client.execute(
                uri: "/api/v1/places/\(place.id)", method: .patch, headers: headers,
                body: ByteBuffer(string: #"{"eras": ["2018 to 2022: Pilot phase", "later: Something"]}"#))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("eras[1]"))
            #expect(try await hub.place("stockport").eras == before)
        }
    }

    @Test("the list of milestones says each one's kind, era and every enabler it evidences, as the drawing does")
    func listMatchesTheDrawing() async throws {
        try await withApp { hub, client in
            let page = try await client.execute(uri: "/places/stockport", method: .get).text
            // Demo: March 2021 "Partners review how the pilot is governed" is governance, in the pilot phase, and
            // also evidences enabler 4; July 2022 falls in "Business as usual", the era that started last.
            #expect(page.contains("<p class=\"meta\">Governance · Pilot phase</p>"))
            #expect(page.contains("<p class=\"meta\">Governance · Business as usual</p>"))
            #expect(page.contains("; also <a href=\"/enablers/"))
            #expect(page.contains(">Learning and adapting</a></p>"))
        }
    }
}
