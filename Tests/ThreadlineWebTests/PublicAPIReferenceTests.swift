import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport

@Suite("Anonymous API answers never point at drafts")
struct PublicAPIReferenceTests {
    @Test("References to drafts are removed, and milestones of a draft place are left out")
    func draftsAreNotReferenced() async throws {
        try await withApp { hub, client in
            var place = try await hub.place("wigan")
            place.status = .draft
            try await hub.store.places.update(place)
            let milestones = try await hub.store.milestones.list(ContentQuery(status: .published, placeID: place.id))
            #expect(milestones.total > 0, "the demo has published milestones in Wigan")
            let stories = try await hub.store.stories.list(ContentQuery(status: .published, placeID: place.id)).items
            let story = try #require(stories.first)

            let listed = try await client.execute(uri: "/api/v1/milestones?place=\(place.id)&limit=100", method: .get)
            #expect(listed.status == .ok)
            #expect(try listed.json()["items"]?.arrayValue?.isEmpty == true)

            let got = try await client.execute(uri: "/api/v1/stories/\(story.id)", method: .get)
            #expect(got.status == .ok)
            let body = try got.json()
            #expect((body["place_id"] ?? .null) == .null)
            #expect(body["title"]?.stringValue == story.title)
            #expect(!got.text.contains(place.id.description))

            // A signed-in caller still sees the reference.
            let token = try await hub.token(for: hub.editor)
            let own = try await client.execute(
                uri: "/api/v1/stories/\(story.id)", method: .get, headers: headers(bearer: token))
            #expect(try own.json()["place_id"]?.stringValue == place.id.description)
        }
    }
}
