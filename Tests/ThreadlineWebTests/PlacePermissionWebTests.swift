import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// Per-place permissions: a Salford contributor works on Salford and programme-wide content only, through every
/// door (workspace forms, the JSON API, the Counts and Measures import), and an admin says who works where.
@Suite("Place permissions")
struct PlacePermissionWebTests {
    /// Gives the test contributor Salford, and answers Salford and Stockport.
    static func salfordContributor(_ hub: TestHub) async throws -> (salford: Place, stockport: Place) {
        let salford = try await hub.place("salford")
        let stockport = try await hub.place("stockport")
        try await hub.store.users.setPlaces([salford.id], of: hub.contributor.id)
        return (salford, stockport)
    }

    /// The `<option>` of a place in a form's place chooser.
    static func option(_ place: Place) -> String { "value=\"\(place.id)\"" }

    @Test("a Salford contributor creates and edits a Salford story")
    func ownPlace() async throws {
        try await withApp { hub, client in
            let (salford, _) = try await Self.salfordContributor(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let created = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: session.formHeaders,
                body: session.form(WorkspaceTests.storyForm(placeID: salford.id)))
            #expect(created.status == .seeOther, "\(created.text)")
            let id = try WorkspaceTests.savedID(created)
            let edited = try await client.execute(
                uri: "/workspace/stories/\(id)", method: .post, headers: session.formHeaders,
                body: session.form(WorkspaceTests.storyForm(title: "Walking groups grow", placeID: salford.id)))
            #expect(edited.status == .seeOther, "\(edited.text)")
            let stored = try #require(try await hub.store.stories.get(id))
            #expect(stored.title == "Walking groups grow")
            #expect(stored.placeID == salford.id)
        }
    }

    @Test("a Salford contributor cannot create a Stockport story: the form names the place, nothing is stored")
    func otherPlaceCreate() async throws {
        try await withApp { hub, client in
            let (_, stockport) = try await Self.salfordContributor(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let before = try await hub.store.contentCount()
            let refused = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: session.formHeaders,
                body: session.form(WorkspaceTests.storyForm(placeID: stockport.id)))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Place: You can only add or change content for your own places."))
            #expect(try await hub.store.contentCount() == before)
            #expect(try await hub.store.stories.get(slug: "walking-groups-take-over-the-park") == nil)
        }
    }

    @Test("a Salford contributor cannot move their story to Stockport, nor touch their own Stockport draft")
    func otherPlaceChange() async throws {
        try await withApp { hub, client in
            let (salford, stockport) = try await Self.salfordContributor(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let created = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: session.formHeaders,
                body: session.form(WorkspaceTests.storyForm(placeID: salford.id)))
            let id = try WorkspaceTests.savedID(created)
            let original = try #require(try await hub.store.stories.get(id))
            let moved = try await client.execute(
                uri: "/workspace/stories/\(id)", method: .post, headers: session.formHeaders,
                body: session.form(WorkspaceTests.storyForm(placeID: stockport.id)))
            #expect(moved.status == .unprocessableContent)
            #expect(moved.text.contains("You can only add or change content for your own places."))
            #expect(try await hub.store.stories.get(id) == original)

            // A draft of theirs left in Stockport (say, from before their places were set) is out of reach too.
            let stranded = Story(
                id: RandomIDGenerator().next(), title: "Stockport draft", slug: "stockport-draft", body: "x",
                placeID: stockport.id, authorID: hub.contributor.id, createdAt: TestHub.now)
            try await hub.store.stories.create(stranded)
            let edit = try await client.execute(
                uri: "/workspace/stories/\(stranded.id)", method: .post, headers: session.formHeaders,
                body: session.form(WorkspaceTests.storyForm(placeID: salford.id)))
            #expect(edit.status == .forbidden)
            let delete = try await client.execute(
                uri: "/workspace/stories/\(stranded.id)/delete", method: .post, headers: session.formHeaders,
                body: session.form([]))
            #expect(delete.status == .forbidden)
            #expect(try await hub.store.stories.get(stranded.id) == stranded)
        }
    }

    @Test("the place chooser offers a contributor only their places; an editor every place")
    func placeChooser() async throws {
        try await withApp { hub, client in
            let (salford, stockport) = try await Self.salfordContributor(hub)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            for path in ["stories", "reflective-logs", "milestones"] {
                let form = try await client.execute(
                    uri: "/workspace/\(path)/new", method: .get, headers: contributor.headers)
                #expect(form.status == .ok, "\(path)")
                #expect(form.text.contains(Self.option(salford)), "\(path)")
                #expect(!form.text.contains(Self.option(stockport)), "\(path)")
            }
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let form = try await client.execute(uri: "/workspace/stories/new", method: .get, headers: editor.headers)
            #expect(form.text.contains(Self.option(salford)))
            #expect(form.text.contains(Self.option(stockport)))
        }
    }

    @Test("a contributor with no places is told so and cannot save place-linked content")
    func noPlaces() async throws {
        try await withApp { hub, client in
            let salford = try await hub.place("salford")
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let form = try await client.execute(uri: "/workspace/stories/new", method: .get, headers: session.headers)
            #expect(form.text.contains("Your account has no places yet"))
            #expect(!form.text.contains(Self.option(salford)))
            let before = try await hub.store.contentCount()
            let refused = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: session.formHeaders,
                body: session.form(WorkspaceTests.storyForm(placeID: salford.id)))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Your account has no places yet"))
            #expect(try await hub.store.contentCount() == before)
        }
    }

    @Test("a contributor's Counts and Measures import with a Stockport row names the line and imports nothing")
    func countsImport() async throws {
        try await withApp { hub, client in
            _ = try await Self.salfordContributor(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let csv = """
                place,period,enabler,example
                Salford,2024 H1,Learning and adapting,A Salford partner log was started
                Stockport,2024 H1,Learning and adapting,A Stockport partner log was started
                """
            let before = try await hub.store.contentCount()
            let refused = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", csv)]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Line 3, place: Stockport is not one of your places"))
            #expect(!refused.text.contains("Line 2"))
            #expect(refused.text.contains("Nothing was imported."))
            #expect(try await hub.store.contentCount() == before)

            let own = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", String(csv.split(separator: "\n").prefix(2).joined(separator: "\n")))]))
            #expect(own.status == .ok)
            #expect(
                try await hub.store.countsExamples.all().contains { $0.text == "A Salford partner log was started" })
        }
    }

    @Test("through the API a Salford contributor creates in Salford only and cannot move a story out")
    func api() async throws {
        try await withApp { hub, client in
            let (salford, stockport) = try await Self.salfordContributor(hub)
            let token = try await hub.token(for: hub.contributor)
            let json = headers(bearer: token, contentType: APITests.json)
            let refused = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: json,
                body: ByteBuffer(string: APITests.storyJSON(placeID: stockport.id)))
            #expect(refused.status == .forbidden)
            let fields = try APITests.errorFields(refused, code: "forbidden")
            #expect(fields["place_id"] != nil)
            #expect(try await hub.store.stories.get(slug: "parkrun-volunteers") == nil)

            let created = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: json,
                body: ByteBuffer(string: APITests.storyJSON(placeID: salford.id)))
            #expect(created.status == .created, "\(created.text)")
            let story = try #require(try await hub.store.stories.get(slug: "parkrun-volunteers"))
            let moved = try await client.execute(
                uri: "/api/v1/stories/\(story.id)", method: .patch, headers: json,
                body: ByteBuffer(string: #"{"place_id": "\#(stockport.id)"}"#))
            #expect(moved.status == .forbidden)
            #expect(try await hub.store.stories.get(story.id) == story)

            let editorToken = try await hub.token(for: hub.editor)
            let editorMove = try await client.execute(
                uri: "/api/v1/stories/\(story.id)", method: .patch,
                headers: headers(bearer: editorToken, contentType: APITests.json),
                body: ByteBuffer(string: #"{"place_id": "\#(stockport.id)"}"#))
            #expect(editorMove.status == .ok, "editors are not limited by place")
        }
    }

    @Test("a contributor clips only testimony of their places, through the API and the clip form")
    func clips() async throws {
        try await withApp { hub, client in
            let testimony = try #require(try await hub.store.testimonies.all().first { $0.placeID != nil })
            let home = try #require(testimony.placeID)
            let elsewhere = try #require(try await hub.store.places.all().first { $0.id != home })
            try await hub.store.users.setPlaces([elsewhere.id], of: hub.contributor.id)
            let token = try await hub.token(for: hub.contributor)
            let json = headers(bearer: token, contentType: APITests.json)
            let body = #"{"testimony_id": "\#(testimony.id)", "title": "Borrowed", "start_ms": 0, "end_ms": 1000}"#
            let before = try await hub.store.clips.all()

            let refused = try await client.execute(
                uri: "/api/v1/clips", method: .post, headers: json, body: ByteBuffer(string: body))
            #expect(refused.status == .forbidden, "\(refused.text)")
            #expect(try APITests.errorFields(refused, code: "forbidden")["testimony_id"] != nil)

            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let form = try await client.execute(
                uri: "/workspace/clips/new", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("testimony_id", testimony.id.description), ("title", "Borrowed"), ("start_ms", "0"),
                    ("end_ms", "1000"),
                ]))
            #expect(form.status == .unprocessableContent, "\(form.status)")
            #expect(form.text.contains("another place"))
            #expect(try await hub.store.clips.all() == before)

            try await hub.store.users.setPlaces([home], of: hub.contributor.id)
            let allowed = try await client.execute(
                uri: "/api/v1/clips", method: .post, headers: json, body: ByteBuffer(string: body))
            #expect(allowed.status == .created, "\(allowed.text)")
        }
    }

    @Test("an admin sets a contributor's places with checkboxes; the list shows them")
    func adminAssigns() async throws {
        try await withApp { hub, client in
            let salford = try await hub.place("salford")
            let stockport = try await hub.place("stockport")
            let admin = try await WorkspaceSignIn.signIn(client, as: hub.admin)
            let page = try await client.execute(uri: "/workspace/users", method: .get, headers: admin.headers)
            #expect(page.text.contains("action=\"/workspace/users/\(hub.contributor.id)/places\""))
            #expect(page.text.contains("<legend>Places of Test contributor</legend>"))
            let box = "id=\"user-\(hub.contributor.id)-place-\(salford.id)\""
            #expect(page.text.contains(box))
            #expect(page.text.contains("<label for=\"user-\(hub.contributor.id)-place-\(salford.id)\">Salford</label>"))

            let saved = try await client.execute(
                uri: "/workspace/users/\(hub.contributor.id)/places", method: .post, headers: admin.formHeaders,
                body: admin.form([("place", salford.id.description), ("place", stockport.id.description)]))
            #expect(saved.status == .ok)
            #expect(saved.text.contains("Saved the places of Test contributor."))
            #expect(try await hub.store.users.places(of: hub.contributor.id) == [salford.id, stockport.id])
            #expect(saved.text.contains("<td>Salford, Stockport</td>"))

            let unknown = try await client.execute(
                uri: "/workspace/users/\(hub.contributor.id)/places", method: .post, headers: admin.formHeaders,
                body: admin.form([("place", UUID().uuidString.lowercased())]))
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("places: No place has the ID"))
            #expect(try await hub.store.users.places(of: hub.contributor.id) == [salford.id, stockport.id])

            let forged = try await client.execute(
                uri: "/workspace/users/\(hub.contributor.id)/places", method: .post, headers: admin.formHeaders,
                body: ByteBuffer(string: "csrf_token=wrong&place=\(salford.id)"))
            #expect(forged.status == .forbidden)

            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let notAdmin = try await client.execute(
                uri: "/workspace/users/\(hub.contributor.id)/places", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(notAdmin.status == .forbidden)
            #expect(try await hub.store.users.places(of: hub.contributor.id) == [salford.id, stockport.id])
        }
    }
}
