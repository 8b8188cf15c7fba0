import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport

@testable import ThreadlineWeb

/// Coding a stretch of a recording that has no transcript there: the API, the coding page, the passages and the
/// REFI-QDA export and import.
@Suite("Timed codings of recordings")
struct TimedCodingWebTests {
    /// The demo testimony left with only its first transcript line, and a stretch of its recording after that
    /// line (where nothing is transcribed any more).
    func untranscribedStretch(_ hub: TestHub) async throws -> (Testimony, TranscriptCue, Int, Int) {
        let id = try #require(Testimony.ID(DemoIDs.testimony))
        let cues = try await hub.store.transcripts.cues(of: id)
        let first = try #require(cues.first)
        try await hub.store.transcripts.replace(cues: [first], of: id, durationFromTranscript: false)
        let testimony = try #require(try await hub.store.testimonies.get(id))
        let duration = try #require(testimony.durationMs)
        let start = first.endMs + 500
        let end = min(duration, start + 2_300)
        try #require(start < end)
        return (testimony, first, start, end)
    }

    func code(_ hub: TestHub, _ name: String = "Voice") async throws -> Code {
        let code = Code(id: Code.ID(UUID()), name: name, createdAt: TestHub.now)
        try await hub.store.coding.save(code)
        return code
    }

    @Test("the API codes a stretch with no transcript line by time, and refuses one past the recording's end")
    func api() async throws {
        try await withApp { hub, client in
            let (testimony, _, start, end) = try await untranscribedStretch(hub)
            let code = try await code(hub)
            let headers = headers(bearer: try await hub.token(for: hub.editor), contentType: "application/json")
            func post(_ startMs: Int, _ endMs: Int, source: String = DemoIDs.testimony) async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/v1/codings", method: .post, headers: headers,
                    body: ByteBuffer(
                        string:
                            #"{"source_id": "\#(source)", "code_id": "\#(code.id)", "start_ms": \#(startMs), "end_ms": \#(endMs)}"#
                    ))
            }
            let created = try await post(start, end)
            #expect(created.status == .created, "\(created.text)")
            let answer = try created.json().objectValue ?? [:]
            #expect(answer["start_ms"] == .number(Double(start)))
            #expect(answer["end_ms"] == .number(Double(end)))
            #expect(answer["start"] == answer["end"])
            #expect(answer["excerpt"] == .string(""))

            let beyond = try await post(start, (testimony.durationMs ?? 0) + 1_000)
            #expect(beyond.status == .unprocessableContent)
            #expect(beyond.text.contains("\"end_ms\""), "\(beyond.text)")
            let reversed = try await post(end, start)
            #expect(reversed.status == .unprocessableContent)
            #expect(reversed.text.contains("\"end_ms\""), "\(reversed.text)")
            let story = try #require(try await hub.store.stories.all().first)
            let onStory = try await post(1_000, 2_000, source: story.id.description)
            #expect(onStory.status == .unprocessableContent)
            #expect(onStory.text.contains("Only a testimony"), "\(onStory.text)")
            #expect(try await hub.store.coding.codings(codes: [code.id]).count == 1)

            // Its passages say which stretch was coded, in JSON and in the CSV export.
            let passages = try await client.execute(
                uri: "/api/v1/codes/\(code.id)/passages?format=csv", method: .get, headers: headers)
            #expect(passages.text.contains(TimeSpanText.preciseClock(start)), "\(passages.text)")
        }
    }

    @Test("the coding page offers in and out marks and time fields, codes a typed stretch and lists it by its times")
    func page() async throws {
        try await withApp { hub, client in
            let (_, _, start, end) = try await untranscribedStretch(hub)
            let code = try await code(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let url = "/workspace/coding/testimony/\(DemoIDs.testimony)"
            let page = try await client.execute(uri: url, method: .get, headers: session.headers).text
            #expect(page.contains("<button type=\"button\" id=\"mark-in\" aria-keyshortcuts=\"i\""))
            #expect(page.contains("<button type=\"button\" id=\"mark-out\" aria-keyshortcuts=\"o\""))
            #expect(page.contains("id=\"stretch-status\" class=\"stretch-status\" role=\"status\""))
            #expect(page.contains("<label for=\"from-time\">From</label>"))
            #expect(page.contains("name=\"to_time\""))

            let fromText = TimeSpanText.preciseClock(start)
            let toText = TimeSpanText.preciseClock(end)
            let coded = try await client.execute(
                uri: url, method: .post, headers: session.formHeaders,
                body: session.form([("from_time", fromText), ("to_time", toText), ("code", code.id.description)]))
            #expect(coded.status == .seeOther, "\(coded.text)")
            let stored = try #require(try await hub.store.coding.codings(codes: [code.id]).first)
            #expect(stored.isTimeOnly)
            #expect(stored.startMs == TimeSpanText.milliseconds(from: fromText))
            let listed = try await client.execute(
                uri: try #require(coded.location), method: .get, headers: session.headers
            )
            .text
            #expect(listed.contains("<p class=\"excerpt recording-stretch\">\(fromText)–\(toText) "), "\(listed)")
            #expect(listed.contains("· the recording</p>"))
            #expect(!listed.contains("The text has changed since this was coded"))
            // A timed coding has no words to mark or stripe.
            #expect(!listed.contains("data-coding=\"\(stored.id)\""))

            // A time that is not one is refused with the field's name, and nothing is coded.
            let bad = try await client.execute(
                uri: url, method: .post, headers: session.formHeaders,
                body: session.form([("from_time", "soon"), ("to_time", toText), ("code", code.id.description)]))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("From: “soon” is not a time"), "\(bad.text)")
            let late = try await client.execute(
                uri: url, method: .post, headers: session.formHeaders,
                body: session.form([("from_time", fromText), ("to_time", "9:59:59"), ("code", code.id.description)]))
            #expect(late.status == .unprocessableContent)
            #expect(late.text.contains("after the recording"), "\(late.text)")
            #expect(try await hub.store.coding.codings(codes: [code.id]).count == 1)

            // The code's passages page shows the stretch instead of a quote.
            let passages = try await client.execute(
                uri: "/workspace/codes/\(code.id)/passages", method: .get, headers: session.headers
            ).text
            #expect(passages.contains("A stretch of the recording, with no transcript: \(fromText)–\(toText)."))
        }
    }

    @Test("a testimony with no transcript at all is offered for coding by time")
    func noTranscript() async throws {
        try await withApp { hub, client in
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            try await hub.store.transcripts.replace(cues: [], of: id, durationFromTranscript: false)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/coding/testimony/\(DemoIDs.testimony)", method: .get, headers: session.headers
            ).text
            #expect(page.contains("This recording has no transcript yet."))
            #expect(page.contains("id=\"mark-in\""))
            #expect(!page.contains("There is no text to code yet."))
        }
    }

    @Test("REFI-QDA: a timed coding leaves as an audio or video selection in milliseconds and comes back as itself")
    func refi() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("timed-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: file) }
        let made = Mutex<(Coding.ID, Int, Int)?>(nil)
        try await withApp { hub, client in
            let (_, _, start, end) = try await untranscribedStretch(hub)
            let code = try await code(hub)
            let coder = try await hub.store.coding.coder(for: hub.editor)
            let coding = Coding(
                id: Coding.ID(UUID()), codeID: code.id,
                source: CodingSource(testimony: Testimony.ID(DemoIDs.testimony)!),
                coderID: coder.id, start: 0, end: 0, startMs: start, endMs: end, createdAt: TestHub.now)
            try await hub.store.coding.add([coding])
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await client.execute(
                uri: "/workspace/refi/project.qdpx", method: .get, headers: session.headers)
            #expect(response.status == .ok)
            try Data(buffer: response.body).write(to: file)
            made.withLock { $0 = (coding.id, start, end) }
        }
        let expected = try #require(made.withLock { $0 })
        let project = try QDPXReader.read(from: file)
        let source = try #require(project.sources.first { $0.guid.rawValue == DemoIDs.testimony.uppercased() })
        let selection = try #require(source.selections.first)
        #expect(selection.range == .media(beginMs: expected.1, endMs: expected.2))
        #expect(selection.codings.map(\.guid.rawValue) == [expected.0.rawValue.uuidString])
        if InteropFiles.runsSchemaChecks {
            let (status, output) = try InteropFiles.validate(try QDPXWriter.projectXML(project), schema: "Project.xsd")
            #expect(status == 0, "\(output)")
        }
        try await withApp(loadDemo: false) { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            var headers = session.headers
            headers[AuthenticationMiddleware.csrfHeader] = session.csrfToken
            let imported = try await client.execute(
                uri: "/workspace/refi/import?name=timed.qdpx", method: .put, headers: headers,
                body: ByteBuffer(bytes: try Data(contentsOf: file)))
            #expect(imported.status == .ok, "\(imported.text)")
            let coding = try #require(try await hub.store.coding.coding(expected.0))
            #expect(coding.isTimeOnly)
            #expect(coding.startMs == expected.1 && coding.endMs == expected.2)
        }
    }
}
