import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("The text search query in the workspace and the API")
struct TextSearchWebTests {
    /// A story about trust, coded with Trust on its first sentence, on a hub without the demo.
    func story(_ hub: TestHub) async throws -> (Story, Code) {
        let story = Story(
            id: Story.ID(UUID()), title: "Search story", slug: "search-story",
            body: "Trust grew between partners in Llanelli. Café meetings built “trust” <3 & more.",
            createdAt: TestHub.now)
        try await hub.store.stories.create(story)
        let trust = Code(id: Code.ID(UUID()), name: "Trust", createdAt: TestHub.now)
        try await hub.store.coding.save(trust)
        let coder = try await hub.store.coding.coder(for: hub.editor)
        _ = try await hub.store.coding.add([
            Coding(
                id: Coding.ID(UUID()), codeID: trust.id, source: CodingSource(story: story.id), coderID: coder.id,
                start: 0, end: 40, createdAt: TestHub.now)
        ])
        return (story, trust)
    }

    @Test("the page finds each hit, marks it in its context, links to it, and offers the downloads")
    func page() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let (story, trust) = try await story(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let empty = try await client.execute(uri: "/workspace/queries/text", method: .get, headers: session.headers)
            #expect(empty.status == .ok)
            #expect(empty.text.contains("<label for=\"text-query\">Search for</label>"))
            #expect(!empty.text.contains("Results:"))
            #expect(empty.text.contains("<option value=\"\(trust.id)\">Trust</option>"))

            let found = try await client.execute(
                uri: "/workspace/queries/text?q=trust+OR+cafe", method: .get, headers: session.headers)
            #expect(found.status == .ok)
            let html = found.text
            #expect(html.contains("Results: trust OR cafe"))
            // A browser sends each space of the box as "+"; the box shows the spaces again.
            #expect(html.contains("value=\"trust OR cafe\""))
            #expect(html.contains("3 hits in 1 source."))
            #expect(html.contains("<mark>Trust</mark> grew between partners in Llanelli."))
            #expect(html.contains("<mark>Café</mark> meetings"))
            // The source's own angle bracket and ampersand stay text.
            #expect(html.contains("… partners in Llanelli. Café meetings built “<mark>trust</mark>” &lt;3 &amp; more."))
            let id = CodingSource(story: story.id).idText
            #expect(html.contains("href=\"/workspace/coding/story/\(id)?view=all&amp;from=0&amp;to=5#passage\""))
            #expect(html.contains("href=\"/workspace/queries/text?q=trust%20OR%20cafe&amp;format=docx\" download>DOCX"))
            #expect(html.contains("action=\"/workspace/queries/text/code\""))
            #expect(html.contains("name=\"csrf_token\" value=\"\(session.csrfToken)\""))

            let scoped = try await client.execute(
                uri: "/workspace/queries/text?q=trust&code=\(trust.id)", method: .get, headers: session.headers)
            #expect(scoped.text.contains("1 hit in 1 source."))
            #expect(scoped.text.contains("<p class=\"meta\">In Trust</p>"))

            let queries = try await client.execute(uri: "/workspace/queries", method: .get, headers: session.headers)
            #expect(queries.text.contains("<a href=\"/workspace/queries/text\">text search</a>"))
            let words = try await client.execute(uri: "/workspace/words", method: .get, headers: session.headers)
            #expect(words.text.contains("<a href=\"/workspace/queries/text\">Text search query</a>"))
        }
    }

    @Test("a search that cannot run says why, keeps the form, and answers 422")
    func problems() async throws {
        try await withApp(loadDemo: false) { hub, client in
            _ = try await story(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let excluded = try await client.execute(
                uri: "/workspace/queries/text?q=-trust&similar=1", method: .get, headers: session.headers)
            #expect(excluded.status == .unprocessableContent)
            #expect(excluded.text.contains("The search could not be run"))
            #expect(excluded.text.contains("Add a word to search for; &quot;-trust&quot; only excludes."))
            #expect(excluded.text.contains("value=\"-trust\""))
            #expect(excluded.text.contains("name=\"similar\" value=\"1\" checked"))
            #expect(!excluded.text.contains("Results:"))
            let unknown = try await client.execute(
                uri: "/workspace/queries/text?q=trust&code=\(UUID())", method: .get, headers: session.headers)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("No code is called"))
            let download = try await client.execute(
                uri: "/workspace/queries/text?q=p*&format=csv", method: .get, headers: session.headers)
            #expect(download.status == .unprocessableContent)
            #expect(download.text.contains("Type at least 2 letters before *"))
        }
    }

    @Test("the hits download as CSV, HTML and Word, each with its context")
    func downloads() async throws {
        try await withApp(loadDemo: false) { hub, client in
            _ = try await story(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let base = "/workspace/queries/text?q=llanelli"
            let csv = try await client.execute(uri: base + "&format=csv", method: .get, headers: session.headers)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(
                csv.text.contains(
                    "Search story,story,,,,,31,39,,Trust grew between partners in Llanelli. Café meetings built “trust” <3 & more.,"
                ))
            let html = try await client.execute(uri: base + "&format=html", method: .get, headers: session.headers)
            #expect(html.text.contains("<h1>Text search query: llanelli</h1>"))
            let docx = try await client.execute(uri: base + "&format=docx", method: .get, headers: session.headers)
            let read = try DOCXTextExtractor.extract(Data(buffer: docx.body), fileName: "t.docx")
            #expect(read.blocks.contains(.heading(level: 2, text: "Search story")))
        }
    }

    @Test("code all hits codes every hit with the chosen code, once; save as a code makes a new code of them")
    func codingTheHits() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let (story, trust) = try await story(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let before = try await hub.store.coding.codings(codes: [trust.id]).count
            let coded = try await client.execute(
                uri: "/workspace/queries/text/code", method: .post, headers: session.formHeaders,
                body: session.form([("q", "trust"), ("with", trust.id.description)]))
            #expect(coded.status == .seeOther)
            let location = try #require(coded.location?.split(separator: "#").first.map(String.init))
            #expect(location.hasPrefix("/workspace/queries/text?q=trust&coded=1&already=1&with=\(trust.id)"))
            let codings = try await hub.store.coding.codings(codes: [trust.id])
            #expect(codings.count == before + 1)
            #expect(codings.contains { $0.start == 62 && $0.end == 67 && $0.excerpt == "trust" })
            let notice = try await client.execute(uri: location, method: .get, headers: session.headers)
            #expect(notice.text.contains("1 hit coded with Trust. 1 was coded with it already."))

            let unchosen = try await client.execute(
                uri: "/workspace/queries/text/code", method: .post, headers: session.formHeaders,
                body: session.form([("q", "trust")]))
            #expect(unchosen.status == .unprocessableContent)
            #expect(try await hub.store.coding.codings(codes: [trust.id]).count == before + 1)

            let saved = try await client.execute(
                uri: "/workspace/queries/text/save", method: .post, headers: session.formHeaders,
                body: session.form([("q", "cafe meetings"), ("name", "Meeting places")]))
            #expect(saved.status == .seeOther)
            let new = try #require(try await hub.store.coding.codes().first { $0.name == "Meeting places" })
            #expect(saved.location == "/workspace/codes/\(new.id)/passages")
            let savedCodings = try await hub.store.coding.codings(codes: [new.id])
            #expect(savedCodings.map(\.excerpt).sorted() == ["Café", "meetings"])
            #expect(savedCodings.allSatisfy { $0.source == CodingSource(story: story.id) })
        }
    }

    @Test("POST /api/v1/queries/text answers the hits in snake_case, and says what is wrong where")
    func api() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let (story, _) = try await story(hub)
            let token = try await hub.token(for: hub.contributor)
            let jsonHeaders = headers(bearer: token, contentType: "application/json")
            func post(_ body: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/v1/queries/text", method: .post, headers: jsonHeaders, body: ByteBuffer(string: body))
            }
            let answer = try await post(
                #"{"query": "trust", "codes": ["Trust"], "include_children": true, "kinds": ["story"]}"#)
            #expect(answer.status == .ok, "\(answer.text)")
            let json = try answer.json()
            #expect(json["description"] == .string("trust"))
            #expect(json["count"]?.intValue == 1)
            let hit = try #require(json["hits"]?.arrayValue?.first)
            #expect(hit["source_id"] == .string(CodingSource(story: story.id).idText))
            #expect(hit["source_kind"] == .string("story"))
            #expect(hit["source_title"] == .string("Search story"))
            #expect(hit["start"]?.intValue == 0)
            #expect(hit["end"]?.intValue == 5)
            #expect(hit["matched"] == .string("Trust"))
            #expect(hit["before"] == .string(""))
            #expect(hit["codes"] == .array([.string("Trust")]))

            let similar = try await post(
                #"{"query": "meeting", "sources": ["story/\#(story.id)"], "similar_words": true}"#)
            #expect(try similar.json()["hits"]?.arrayValue?.first?["matched"] == .string("meetings"))

            let unknown = try await post(#"{"query": "trust", "codes": ["Trust", "Nobody"], "kinds": ["clip"]}"#)
            #expect(unknown.status == .unprocessableContent)
            let fields = try #require(unknown.json()["error"]?["fields"]?.objectValue)
            #expect(Set(fields.keys) == ["codes[1]", "kinds[0]"])

            let wrongTypes = try await post(#"{"query": 3, "codes": "Trust", "similar_words": "yes", "near": 1}"#)
            #expect(wrongTypes.status == .unprocessableContent)
            let wrong = try #require(wrongTypes.json()["error"]?["fields"]?.objectValue)
            #expect(Set(wrong.keys) == ["query", "codes", "similar_words", "near"])

            let broken = try await post(#"{"query": "trust""#)
            #expect(broken.status == .badRequest)
            let anonymous = try await client.execute(
                uri: "/api/v1/queries/text", method: .post, body: ByteBuffer(string: #"{"query": "trust"}"#))
            #expect(anonymous.status == .unauthorized)
        }
    }
}
