import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("JSON API")
struct APITests {
    static let json = "application/json"

    /// A complete story body (every field given), in Stockport.
    static func storyJSON(title: String = "Parkrun volunteers", slug: String = "parkrun-volunteers", placeID: Place.ID)
        -> String
    {
        """
        {"title": "\(title)", "slug": "\(slug)", "summary": "Volunteers keep it going.",
         "body": "Every **Saturday**.", "place_id": "\(placeID)", "enabler_id": null,
         "organisation_ids": [], "credit": "Volunteers"}
        """
    }

    /// Checks the API's one error shape and returns its `fields`.
    @discardableResult
    static func errorFields(
        _ response: TestResponse, code: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: JSONValue] {
        #expect(response.contentType?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
        let body = try response.json(sourceLocation: sourceLocation)
        #expect(body.objectValue?.keys.sorted() == ["error"], sourceLocation: sourceLocation)
        let error = try #require(body["error"]?.objectValue, sourceLocation: sourceLocation)
        #expect(error.keys.sorted() == ["code", "fields", "message"], sourceLocation: sourceLocation)
        #expect(error["code"] == .string(code), "body: \(response.text)", sourceLocation: sourceLocation)
        #expect(error["message"]?.stringValue?.isEmpty == false, sourceLocation: sourceLocation)
        return try #require(error["fields"]?.objectValue, sourceLocation: sourceLocation)
    }

    static func ids(_ body: JSONValue) -> [String] {
        (body["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    // MARK: Listing

    @Test("Anonymous callers page through published stories only, without authors")
    func anonymousListing() async throws {
        try await withApp { hub, client in
            // A published story with an author, so there is an author to hide.
            let stockport = try await hub.place("stockport")
            let authored = Story(
                id: RandomIDGenerator().next(), title: "Authored", slug: "authored", body: "x",
                placeID: stockport.id, status: .published, authorID: hub.editor.id, createdAt: TestHub.now,
                publishedAt: TestHub.now)
            try await hub.store.stories.create(authored)
            let published = try await hub.store.stories.list(.published).items
            #expect(published.count == 5)

            let all = try await client.execute(uri: "/api/v1/stories", method: .get)
            #expect(all.status == .ok)
            #expect(all.contentType?.hasPrefix("application/json") == true)
            let body = try all.json()
            #expect(body["total"]?.intValue == 5)
            #expect(body["limit"]?.intValue == 50)
            #expect(body["offset"]?.intValue == 0)
            #expect(Set(Self.ids(body)) == Set(published.map(\.id.description)))
            for item in body["items"]?.arrayValue ?? [] {
                #expect(item["status"] == .string("published"))
                #expect(item["author_id"] == nil || item["author_id"] == .null)
            }
            #expect(!all.text.contains(hub.editor.id.description), "the author's ID leaked")

            // Pages of two: 2 + 2 + 1, no item twice, the total always 5.
            var seen: [String] = []
            for (offset, expected) in [(0, 2), (2, 2), (4, 1), (6, 0)] {
                let page = try await client.execute(uri: "/api/v1/stories?limit=2&offset=\(offset)", method: .get)
                #expect(page.status == .ok)
                let body = try page.json()
                #expect(body["total"]?.intValue == 5, "offset \(offset)")
                #expect(body["limit"]?.intValue == 2)
                #expect(body["offset"]?.intValue == offset)
                #expect(Self.ids(body).count == expected, "offset \(offset)")
                seen += Self.ids(body)
            }
            #expect(seen.count == 5)
            #expect(Set(seen) == Set(published.map(\.id.description)))

            // Asking for drafts anonymously gives nothing, not the drafts.
            let drafts = try await client.execute(uri: "/api/v1/stories?status=draft", method: .get)
            #expect(drafts.status == .ok)
            #expect(try drafts.json()["total"]?.intValue == 0)
            #expect(Self.ids(try drafts.json()).isEmpty)
        }
    }

    @Test("Filters by place, enabler and status")
    func filters() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let all = try await hub.store.stories.list(ContentQuery()).items
            let token = try await hub.token(for: hub.editor)

            let byPlace = try await client.execute(uri: "/api/v1/stories?place=\(stockport.id)", method: .get)
            let publicStockport = all.filter { $0.placeID == stockport.id && $0.status == .published }
            #expect(Set(Self.ids(try byPlace.json())) == Set(publicStockport.map(\.id.description)))
            #expect(try byPlace.json()["total"]?.intValue == publicStockport.count)

            let signedIn = try await client.execute(
                uri: "/api/v1/stories?place=\(stockport.id)", method: .get, headers: headers(bearer: token))
            let everyStockport = all.filter { $0.placeID == stockport.id }
            #expect(everyStockport.count > publicStockport.count, "the demo has a draft in Stockport")
            #expect(Set(Self.ids(try signedIn.json())) == Set(everyStockport.map(\.id.description)))

            let enabler = try #require(try await hub.store.enablers.get(slug: "growing-local-people-and-assets"))
            let byEnabler = try await client.execute(uri: "/api/v1/stories?enabler=\(enabler.id)", method: .get)
            let expected = all.filter { $0.enablerID == enabler.id && $0.status == .published }
            #expect(!expected.isEmpty)
            #expect(Set(Self.ids(try byEnabler.json())) == Set(expected.map(\.id.description)))

            let drafts = try await client.execute(
                uri: "/api/v1/stories?status=draft", method: .get, headers: headers(bearer: token))
            let draftIDs = all.filter { $0.status == .draft }.map(\.id.description)
            #expect(!draftIDs.isEmpty)
            #expect(Set(Self.ids(try drafts.json())) == Set(draftIDs))
            for item in try drafts.json()["items"]?.arrayValue ?? [] {
                #expect(item["status"] == .string("draft"))
            }

            let both = try await client.execute(
                uri: "/api/v1/stories?place=\(stockport.id)&status=draft", method: .get,
                headers: headers(bearer: token))
            #expect(
                Set(Self.ids(try both.json()))
                    == Set(all.filter { $0.placeID == stockport.id && $0.status == .draft }.map(\.id.description)))

            // Other collections filter the same way.
            let milestones = try await client.execute(
                uri: "/api/v1/milestones?place=\(stockport.id)", method: .get)
            #expect(try milestones.json()["total"]?.intValue == 3)
        }
    }

    @Test(
        "Bad query parameters answer 422 naming each one",
        arguments: [
            ("limit=0", ["limit"]), ("limit=101", ["limit"]), ("limit=ten", ["limit"]), ("offset=-1", ["offset"]),
            ("place=nope", ["place"]), ("enabler=nope", ["enabler"]), ("status=archived", ["status"]),
            ("limit=0&place=nope&status=x", ["limit", "place", "status"]),
        ])
    func invalidQuery(query: String, fields: [String]) async throws {
        try await withApp { _, client in
            let response = try await client.execute(uri: "/api/v1/stories?\(query)", method: .get)
            #expect(response.status == .unprocessableContent)
            let problems = try Self.errorFields(response, code: "validation_failed")
            #expect(problems.keys.sorted() == fields.sorted())
            for field in fields {
                #expect(problems[field]?.arrayValue?.isEmpty == false)
            }
        }
    }

    // MARK: Reading one

    @Test("An item is read by ID; a draft or unknown ID is 404 to the public")
    func getOne() async throws {
        try await withApp { hub, client in
            let story = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let response = try await client.execute(uri: "/api/v1/stories/\(story.id)", method: .get)
            #expect(response.status == .ok)
            let body = try response.json()
            #expect(body["id"] == .string(story.id.description))
            #expect(body["title"] == .string(story.title))
            #expect(body["slug"] == .string(story.slug))
            #expect(body["place_id"] == .string(story.placeID?.description ?? ""))

            let draft = try #require(try await hub.draftStories().first)
            let hidden = try await client.execute(uri: "/api/v1/stories/\(draft.id)", method: .get)
            #expect(hidden.status == .notFound)
            try Self.errorFields(hidden, code: "not_found")
            let token = try await hub.token(for: hub.contributor)
            let shown = try await client.execute(
                uri: "/api/v1/stories/\(draft.id)", method: .get, headers: headers(bearer: token))
            #expect(shown.status == .ok)

            for uri in ["/api/v1/stories/\(UUID())", "/api/v1/stories/not-a-uuid", "/api/v1/nothing-here"] {
                let missing = try await client.execute(uri: uri, method: .get)
                #expect(missing.status == .notFound, "\(uri)")
                try Self.errorFields(missing, code: "not_found")
            }
        }
    }

    // MARK: Writing

    @Test("A NUL in a text field is refused with 422 naming the field, and nothing is stored")
    func controlCharacterRefused() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let token = try await hub.token(for: hub.editor)
            let before = try await hub.store.stories.all().count
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: Self.storyJSON(title: "Park\\u0000run", placeID: stockport.id)))
            #expect(response.status == .unprocessableContent, "\(response.text)")
            let problems = try Self.errorFields(response, code: "validation_failed")
            #expect(problems.keys.sorted() == ["title"])
            #expect(response.text.contains("control character"))
            #expect(try await hub.store.stories.all().count == before)
        }
    }

    @Test("Creating with a token answers 201 with a Location, stored as a draft by the token's user")
    func create() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let token = try await hub.token(for: hub.editor)
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: Self.storyJSON(placeID: stockport.id)))
            #expect(response.status == .created, "\(response.text)")
            let body = try response.json()
            let id = try #require(body["id"]?.stringValue)
            #expect(response.location == "/api/v1/stories/\(id)")
            #expect(body["status"] == .string("draft"))
            #expect(body["author_id"] == .string(hub.editor.id.description))
            #expect(body["title"] == .string("Parkrun volunteers"))

            let storyID = try #require(Story.ID(id))
            let stored = try #require(try await hub.store.stories.get(storyID))
            #expect(stored.slug == "parkrun-volunteers")
            #expect(stored.body == "Every **Saturday**.")
            #expect(stored.placeID == stockport.id)
            #expect(stored.authorID == hub.editor.id)
            #expect(stored.createdAt == TestHub.now)

            let location = try #require(response.location)
            let again = try await client.execute(uri: location, method: .get, headers: headers(bearer: token))
            #expect(again.status == .ok)
            #expect(try again.json()["id"] == .string(id))
            #expect(try await client.execute(uri: location, method: .get).status == .notFound, "drafts are private")
        }
    }

    @Test("An editor may create a published item, dated now")
    func createPublished() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let token = try await hub.token(for: hub.editor)
            var json = Self.storyJSON(placeID: stockport.id)
            json.removeLast()
            json += #", "status": "published"}"#
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: json))
            #expect(response.status == .created, "\(response.text)")
            #expect(try response.json()["status"] == .string("published"))
            let page = try await client.execute(uri: "/stories/parkrun-volunteers", method: .get)
            #expect(page.status == .ok)
            let stored = try #require(try await hub.store.stories.get(slug: "parkrun-volunteers"))
            #expect(stored.publishedAt == TestHub.now)
        }
    }

    @Test("A body with only the required fields is enough to create an item")
    func createWithRequiredFieldsOnly() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: #"{"title": "Short", "slug": "short", "body": "Just this."}"#))
            #expect(response.status == .created, "\(response.text)")
        }
    }

    @Test("Every problem with a new item is listed in one 422")
    func createValidation() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let count = try await hub.store.contentCount()
            let body = """
                {"title": "", "slug": "Not A Slug", "summary": 42, "place_id": "nope",
                 "organisation_ids": ["also-nope"], "credit": "", "enabler_id": null}
                """
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: body))
            #expect(response.status == .unprocessableContent)
            let fields = try Self.errorFields(response, code: "validation_failed")
            #expect(Set(fields.keys) == ["title", "slug", "summary", "body", "place_id", "organisation_ids"])
            #expect(fields["title"]?.arrayValue == [.string("Title is required.")])
            #expect(try await hub.store.contentCount() == count)
        }
    }

    @Test("A URL name already in use answers 409")
    func duplicateSlug() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let token = try await hub.token(for: hub.editor)
            let count = try await hub.store.contentCount()
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(
                    string: Self.storyJSON(
                        slug: "stockport-closes-its-local-pilot-steering-group", placeID: stockport.id)
                ))
            #expect(response.status == .conflict)
            let fields = try Self.errorFields(response, code: "conflict")
            #expect(fields["slug"] != nil)
            #expect(try await hub.store.contentCount() == count)
        }
    }

    @Test("A reference to an item that does not exist answers 409 naming the field")
    func danglingReference() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: Self.storyJSON(placeID: Place.ID(UUID()))))
            #expect(response.status == .conflict)
            #expect(try Self.errorFields(response, code: "conflict")["place_id"] != nil)
        }
    }

    @Test("An unknown field answers 422 naming it")
    func unknownField() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let token = try await hub.token(for: hub.editor)
            var json = Self.storyJSON(placeID: stockport.id)
            json.removeLast()
            json += #", "colour": "red"}"#
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: json))
            #expect(response.status == .unprocessableContent)
            let fields = try Self.errorFields(response, code: "validation_failed")
            #expect(fields.keys.sorted() == ["colour"])
            #expect(try await hub.store.stories.get(slug: "parkrun-volunteers") == nil)
        }
    }

    @Test("A contributor asking to publish is refused with 403, and nothing is stored")
    func contributorCannotPublish() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            try await hub.store.users.setPlaces([stockport.id], of: hub.contributor.id)
            let token = try await hub.token(for: hub.contributor)
            var json = Self.storyJSON(placeID: stockport.id)
            json.removeLast()
            json += #", "status": "published"}"#
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: json))
            #expect(response.status == .forbidden)
            try Self.errorFields(response, code: "forbidden")
            #expect(try await hub.store.stories.get(slug: "parkrun-volunteers") == nil)

            // A draft is fine, but publishing it later is refused too.
            let draft = try await client.execute(
                uri: "/api/v1/stories", method: .post, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: Self.storyJSON(placeID: stockport.id)))
            #expect(draft.status == .created)
            let id = try #require(try draft.json()["id"]?.stringValue)
            let publish = try await client.execute(
                uri: "/api/v1/stories/\(id)", method: .patch, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: #"{"status": "published"}"#))
            #expect(publish.status == .forbidden)
            #expect(try await hub.store.stories.get(slug: "parkrun-volunteers")?.status == .draft)

            // Someone else's item they may neither change nor delete.
            let others = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let change = try await client.execute(
                uri: "/api/v1/stories/\(others.id)", method: .patch,
                headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: #"{"title": "Mine now"}"#))
            #expect(change.status == .forbidden)
            let delete = try await client.execute(
                uri: "/api/v1/stories/\(others.id)", method: .delete, headers: headers(bearer: token))
            #expect(delete.status == .forbidden)
            #expect(try await hub.store.stories.get(others.id) == others)
        }
    }

    @Test("PATCH changes only the fields given; PUT replaces them all")
    func patchAndPut() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let original = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let uri = "/api/v1/stories/\(original.id)"

            let patch = try await client.execute(
                uri: uri, method: .patch, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: #"{"summary": "A shorter summary."}"#))
            #expect(patch.status == .ok, "\(patch.text)")
            #expect(try patch.json()["summary"] == .string("A shorter summary."))
            let patched = try #require(try await hub.store.stories.get(original.id))
            #expect(patched.summary == "A shorter summary.")
            var expected = original
            expected.summary = "A shorter summary."
            expected.updatedAt = TestHub.now
            #expect(patched == expected, "only the summary (and the change time) changed")

            let put = try await client.execute(
                uri: uri, method: .put, headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(
                    string: """
                        {"title": "Replaced", "slug": "replaced", "summary": "", "body": "New body.",
                         "place_id": null, "enabler_id": null, "organisation_ids": [], "credit": ""}
                        """))
            #expect(put.status == .ok, "\(put.text)")
            let replaced = try #require(try await hub.store.stories.get(original.id))
            #expect(replaced.title == "Replaced")
            #expect(replaced.slug == "replaced")
            #expect(replaced.summary == "")
            #expect(replaced.placeID == nil)
            #expect(replaced.organisationIDs.isEmpty)
            #expect(replaced.credit == "")
            #expect(replaced.status == original.status, "status is kept when not given")
            #expect(replaced.createdAt == original.createdAt)
            #expect(replaced.publishedAt == original.publishedAt)
            #expect(try await client.execute(uri: "/stories/replaced", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/stories/\(original.slug)", method: .get).status == .notFound)
        }
    }

    @Test("PUT clears the optional fields it is not given")
    func putClearsOmittedFields() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let original = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let put = try await client.execute(
                uri: "/api/v1/stories/\(original.id)", method: .put,
                headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: #"{"title": "Replaced", "slug": "replaced", "body": "New body."}"#))
            try #require(put.status == .ok, "\(put.text)")
            let replaced = try #require(try await hub.store.stories.get(original.id))
            #expect(replaced.title == "Replaced")
            #expect(replaced.summary == "")
            #expect(replaced.placeID == nil)
            #expect(replaced.organisationIDs.isEmpty)
        }
    }

    @Test("PATCH and PUT check the result like a create does")
    func changeValidation() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let original = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let bad = try await client.execute(
                uri: "/api/v1/stories/\(original.id)", method: .patch,
                headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: #"{"title": "", "slug": "NO"}"#))
            #expect(bad.status == .unprocessableContent)
            #expect(Set(try Self.errorFields(bad, code: "validation_failed").keys) == ["title", "slug"])
            let taken = try await client.execute(
                uri: "/api/v1/stories/\(original.id)", method: .patch,
                headers: headers(bearer: token, contentType: Self.json),
                body: ByteBuffer(string: #"{"slug": "stockport-closes-its-local-pilot-steering-group"}"#))
            #expect(taken.status == .conflict)
            #expect(try await hub.store.stories.get(original.id) == original)
        }
    }

    @Test("DELETE answers 204, and the item is gone")
    func delete() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let story = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let uri = "/api/v1/stories/\(story.id)"
            let response = try await client.execute(uri: uri, method: .delete, headers: headers(bearer: token))
            #expect(response.status == .noContent)
            #expect(response.body.readableBytes == 0)
            let after = try await client.execute(uri: uri, method: .get, headers: headers(bearer: token))
            #expect(after.status == .notFound)
            try Self.errorFields(after, code: "not_found")
            #expect(try await hub.store.stories.get(story.id) == nil)
            let again = try await client.execute(uri: uri, method: .delete, headers: headers(bearer: token))
            #expect(again.status == .notFound)
        }
    }

    // MARK: Credentials and bodies

    @Test("A bad token answers 401, even where no token is needed")
    func badToken() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            for (method, uri) in [(HTTPRequest.Method.get, "/api/v1/stories"), (.post, "/api/v1/stories")] {
                let response = try await client.execute(
                    uri: uri, method: method, headers: headers(bearer: "tl_not-a-real-token", contentType: Self.json),
                    body: method == .post ? ByteBuffer(string: Self.storyJSON(placeID: stockport.id)) : nil)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
                try Self.errorFields(response, code: "invalid_token")
            }
            #expect(try await hub.store.stories.get(slug: "parkrun-volunteers") == nil)
        }
    }

    @Test("Writing without a token answers 401")
    func noToken() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let story = try #require(try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let requests: [(HTTPRequest.Method, String, String?)] = [
                (.post, "/api/v1/stories", Self.storyJSON(placeID: stockport.id)),
                (.patch, "/api/v1/stories/\(story.id)", #"{"title": "x"}"#),
                (.put, "/api/v1/stories/\(story.id)", Self.storyJSON(placeID: stockport.id)),
                (.delete, "/api/v1/stories/\(story.id)", nil),
                (.put, "/api/v1/programme", #"{"name": "x"}"#),
            ]
            for (method, uri, body) in requests {
                let response = try await client.execute(
                    uri: uri, method: method, headers: headers(contentType: Self.json),
                    body: body.map { ByteBuffer(string: $0) })
                #expect(response.status == .unauthorized, "\(method) \(uri)")
                try Self.errorFields(response, code: "unauthorized")
            }
            #expect(try await hub.store.stories.get(story.id) == story)
        }
    }

    @Test(
        "A body that is not a JSON object answers 400",
        arguments: [
            "title=Not+JSON", "{\"title\": ", "[1, 2, 3]", "\"just a string\"", "",
        ])
    func notJSON(body: String) async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let count = try await hub.store.contentCount()
            let response = try await client.execute(
                uri: "/api/v1/stories", method: .post,
                headers: headers(bearer: token, contentType: "application/x-www-form-urlencoded"),
                body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            try Self.errorFields(response, code: "invalid_json")
            #expect(try await hub.store.contentCount() == count)
        }
    }

    @Test("A workspace session works for the API too, and sees drafts")
    func sessionWorksForAPI() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await client.execute(
                uri: "/api/v1/stories?status=draft", method: .get, headers: editor.headers)
            #expect(response.status == .ok)
            #expect(try response.json()["total"]?.intValue == (try await hub.draftStories().count))
        }
    }

    @Test("An API write on a session cookie needs the session's CSRF token in a header")
    func sessionWritesNeedCSRFHeader() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let count = try await hub.store.contentCount()
            let body = #"{"title": "Cross-site", "slug": "cross-site", "body": "x", "status": "published"}"#
            var headers = editor.headers
            headers[.contentType] = Self.json
            let refused = try await client.execute(
                uri: "/api/v1/news", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(refused.status == .forbidden)
            #expect(try await hub.store.contentCount() == count)
            headers[AuthenticationMiddleware.csrfHeader] = editor.csrfToken
            let accepted = try await client.execute(
                uri: "/api/v1/news", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(accepted.status == .created)
        }
    }

    @Test("The programme's description is read by anyone and changed by an editor")
    func programme() async throws {
        try await withApp { hub, client in
            let read = try await client.execute(uri: "/api/v1/programme", method: .get)
            #expect(read.status == .ok)
            #expect(try read.json()["name"] == .string("GM Moving: the Local Pilot in Greater Manchester"))

            let contributor = try await hub.token(for: hub.contributor)
            let refused = try await client.execute(
                uri: "/api/v1/programme", method: .put, headers: headers(bearer: contributor, contentType: Self.json),
                body: ByteBuffer(string: #"{"name": "Mine", "tagline": "", "about": "", "language": "en-GB"}"#))
            #expect(refused.status == .forbidden)

            let editor = try await hub.token(for: hub.editor)
            let bad = try await client.execute(
                uri: "/api/v1/programme", method: .put, headers: headers(bearer: editor, contentType: Self.json),
                body: ByteBuffer(string: #"{"name": "", "motto": "x"}"#))
            #expect(bad.status == .unprocessableContent)
            let fields = try Self.errorFields(bad, code: "validation_failed")
            #expect(fields["motto"] != nil)
            #expect(fields["name"] != nil)

            let changed = try await client.execute(
                uri: "/api/v1/programme", method: .put, headers: headers(bearer: editor, contentType: Self.json),
                body: ByteBuffer(
                    string: #"{"name": "Renamed", "tagline": "New line", "about": "About.", "language": "en-GB"}"#))
            #expect(changed.status == .ok, "\(changed.text)")
            #expect(try await hub.store.programme.get().name == "Renamed")
            #expect(try await client.execute(uri: "/", method: .get).text.contains("Renamed"))
        }
    }
}
