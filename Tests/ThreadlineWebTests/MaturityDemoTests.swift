import Foundation
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineServices

@Suite("Maturity demo")
struct MaturityDemoTests {
    @Test("the demo gets two years of answers for every demo place, once, and the results pages show them")
    func demo() async throws {
        try await withApp { hub, client in
            try await DemoMaturity.install(store: hub.store, now: TestHub.now)
            try await DemoMaturity.install(store: hub.store, now: TestHub.now)
            let places = try await hub.store.places.all()
            let surveys = try await hub.store.maturity.surveys()
            #expect(surveys.count == places.count * 2)
            #expect(Set(surveys.map(\.year)) == [2022, 2023])
            let ratings = try await hub.store.maturity.ratings()
            #expect(!ratings.isEmpty)
            #expect(ratings.allSatisfy { (1...5).contains($0.value) })

            let reader = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let results = try await client.execute(
                uri: "/workspace/maturity/results", method: .get, headers: reader.headers)
            #expect(results.status == .ok)
            #expect(results.text.contains("Maturity results, 2023"))
            #expect(results.text.contains("class=\"heatmap-chart median-heatmap\""))
            #expect(results.text.contains("up "))
            let place = try #require(places.first)
            let page = try await client.execute(
                uri: "/workspace/maturity/places/\(place.slug)", method: .get, headers: reader.headers)
            #expect(page.text.contains("class=\"radar-chart\""))
        }
    }
}
