import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Coding queries in the workspace")
struct CodingQueryWebTests {
    /// A story coded with Trust and Leadership, overlapping in one stretch.
    func coded(_ hub: TestHub) async throws -> (Story, Code, Code) {
        let body = "We met often. Trust grew between partners. Leaders shared power."
        let story = Story(
            id: Story.ID(UUID()), title: "Query story", slug: "query-story", body: body, createdAt: TestHub.now)
        try await hub.store.stories.create(story)
        let trust = Code(id: Code.ID(UUID()), name: "Trust", createdAt: TestHub.now)
        let leadership = Code(id: Code.ID(UUID()), name: "Leadership", createdAt: TestHub.now)
        try await hub.store.coding.save(trust)
        try await hub.store.coding.save(leadership)
        let coder = try await hub.store.coding.coder(for: hub.editor)
        func coding(_ code: Code, _ start: Int, _ end: Int) -> Coding {
            Coding(
                id: Coding.ID(UUID()), codeID: code.id, source: CodingSource(story: story.id), coderID: coder.id,
                start: start, end: end, memo: code.name == "Trust" ? "Why it matters" : "", createdAt: TestHub.now)
        }
        // "Trust grew between partners." is 14..<42; "Leaders shared power." 43..<64; "grew between" 20..<32.
        _ = try await hub.store.coding.add([
            coding(trust, 14, 42), coding(leadership, 20, 32), coding(leadership, 43, 64),
        ])
        return (story, trust, leadership)
    }

    @Test("AND, OR, AND NOT and NEAR find the passages an evaluator expects, shown with their source and memo")
    func operators() async throws {
        try await withApp { hub, client in
            let (_, trust, leadership) = try await coded(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            func run(_ query: String) async throws -> String {
                let response = try await client.execute(
                    uri: "/workspace/queries?\(query)", method: .get, headers: session.headers)
                #expect(response.status == .ok, "\(query)")
                return response.text
            }
            let empty = try await run("")
            #expect(empty.contains("Run the query"))
            #expect(!empty.contains("Results:"))
            let both = try await run("a=\(trust.id)&op=and&b=\(leadership.id)")
            #expect(both.contains("Results: Trust AND Leadership"))
            #expect(both.contains("1 passage in 1 source."))
            #expect(both.contains("<blockquote class=\"excerpt\">grew between</blockquote>"))
            #expect(both.contains("Why it matters") == false)  // memos are in the downloads; the page lists codes.
            let either = try await run("a=\(trust.id)&op=or&b=\(leadership.id)")
            #expect(either.contains("2 passages in 1 source."))
            let without = try await run("a=\(trust.id)&op=andnot&b=\(leadership.id)")
            #expect(without.contains("2 passages in 1 source."))
            #expect(without.contains("<blockquote class=\"excerpt\">Trust </blockquote>"))
            let near = try await run("a=\(trust.id)&op=near&b=\(leadership.id)&within=1")
            #expect(near.contains("Trust NEAR Leadership within 1 character"))
        }
    }

    @Test("a query's passages download as CSV, HTML and Word, each with source, codes, coder and memo")
    func downloads() async throws {
        try await withApp { hub, client in
            let (_, trust, _) = try await coded(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let base = "/workspace/queries?a=\(trust.id)"
            let csv = try await client.execute(uri: base + "&format=csv", method: .get, headers: session.headers)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.hasPrefix("source,kind,place,enabler,codes,coders,start,end,time,passage,memos\r\n"))
            #expect(
                csv.text.contains(
                    "Query story,story,,,Trust,Test editor,14,42,,Trust grew between partners.,Why it matters"))
            let html = try await client.execute(uri: base + "&format=html", method: .get, headers: session.headers)
            #expect(html.text.contains("<blockquote>Trust grew between partners.</blockquote>"))
            #expect(html.text.contains("<strong>Memo:</strong> Why it matters"))
            let docx = try await client.execute(uri: base + "&format=docx", method: .get, headers: session.headers)
            let read = try DOCXTextExtractor.extract(Data(buffer: docx.body), fileName: "q.docx")
            #expect(read.blocks.contains(.paragraph("“Trust grew between partners.”")))
            #expect(read.blocks.contains(.heading(level: 2, text: "Query story")))
        }
    }

    @Test("word frequency counts a code's passages or a source without stop words, as a table, cloud and downloads")
    func wordFrequency() async throws {
        try await withApp { hub, client in
            let (story, trust, _) = try await coded(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let form = try await client.execute(uri: "/workspace/words", method: .get, headers: session.headers)
            #expect(form.status == .ok)
            #expect(!form.text.contains("Words and how often"))
            let page = try await client.execute(
                uri: "/workspace/words?code=\(trust.id)", method: .get, headers: session.headers
            ).text
            #expect(page.contains("Words of the passages coded Trust"))
            #expect(page.contains("<tr><th scope=\"row\">partners</th><td>1</td>"))
            #expect(page.contains("role=\"img\""))
            #expect(page.contains("Word cloud of"))
            let source = try await client.execute(
                uri: "/workspace/words?source=story/\(story.id)&minimum=4&extra=trust", method: .get,
                headers: session.headers
            ).text
            #expect(source.contains("<tr><th scope=\"row\">leaders</th><td>1</td>"))
            #expect(!source.contains("<th scope=\"row\">trust</th>"))
            #expect(!source.contains("<th scope=\"row\">met</th>"))
            let list = try await client.execute(
                uri: "/workspace/words?code=\(trust.id)&format=txt", method: .get, headers: session.headers)
            #expect(list.text.contains("partners 1\n"))
            let bad = try await client.execute(
                uri: "/workspace/words?code=\(trust.id)&minimum=abc", method: .get, headers: session.headers)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Shortest word counted"))
        }
    }

    @Test("a code's passages page offers its passages as CSV, HTML and Word, keeping its filters")
    func codePassages() async throws {
        try await withApp { hub, client in
            let (_, trust, _) = try await coded(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/codes/\(trust.id)/passages", method: .get, headers: session.headers)
            #expect(page.text.contains("href=\"/workspace/codes/\(trust.id)/passages?format=docx\" download>DOCX</a>"))
            let csv = try await client.execute(
                uri: "/workspace/codes/\(trust.id)/passages?format=csv", method: .get, headers: session.headers)
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Trust grew between partners."))
            let unknown = try await client.execute(
                uri: "/workspace/codes/\(trust.id)/passages?format=xls", method: .get, headers: session.headers)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("an unknown code or bad JSON is said, nothing runs; saving as a code stores its passages as codings")
    func problemsAndSaving() async throws {
        try await withApp { hub, client in
            let (story, trust, leadership) = try await coded(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let unknown = try await client.execute(
                uri: "/workspace/queries?expression=%7B%22and%22%3A%5B%22Trust%22%2C%22Nope%22%5D%7D", method: .get,
                headers: session.headers)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("The query could not be run"))
            #expect(unknown.text.contains("Nope"))
            let broken = try await client.execute(
                uri: "/workspace/queries?expression=%7B%22and%22", method: .get, headers: session.headers)
            #expect(broken.status == .unprocessableContent)
            #expect(broken.text.contains("The JSON could not be read"))

            let before = try await hub.store.coding.codes().count
            let saved = try await client.execute(
                uri: "/workspace/queries/save", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("a", trust.id.description), ("op", "and"), ("b", leadership.id.description),
                    ("name", "Trusted leadership"),
                ]))
            #expect(saved.status == .seeOther)
            let codes = try await hub.store.coding.codes()
            #expect(codes.count == before + 1)
            let new = try #require(codes.first { $0.name == "Trusted leadership" })
            #expect(saved.location == "/workspace/codes/\(new.id)/passages")
            let codings = try await hub.store.coding.codings(codes: [new.id])
            #expect(codings.map(\.excerpt) == ["grew between"])
            #expect(codings.first?.source == CodingSource(story: story.id))
        }
    }
}
