import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("The coding API")
struct CodingAPITests {
    private func json(_ response: TestResponse) throws -> JSONValue {
        try JSONValue.parse(Data(buffer: response.body))
    }

    private func body(_ object: String) -> ByteBuffer { ByteBuffer(string: object) }

    @Test(
        "a script adds a document, reads its text, makes a code, codes a passage, queries, downloads and removes it"
    )
    func workflow() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let jsonHeaders = headers(bearer: token, contentType: "application/json")
            let unauthorised = try await client.execute(uri: "/api/v1/codes", method: .get)
            #expect(unauthorised.status == .unauthorized)

            var upload = MultipartBody()
            upload.field("origin", "R script")
            upload.file("file", fileName: "interview.txt", Data("Trust grew slowly.\n\nLeaders listened.".utf8))
            var multipart = headers(bearer: token)
            multipart[.contentType] = "multipart/form-data; boundary=\(MultipartBody.boundary)"
            let added = try await client.execute(
                uri: "/api/v1/sources", method: .post, headers: multipart, body: upload.finished())
            #expect(added.status == .created, "\(added.text)")
            let sourceID = try #require(
                try json(added).value(at: "sources")?.arrayValue?.first?.value(at: "id")?.stringValue)
            let source = try await client.execute(
                uri: "/api/v1/sources/\(sourceID)", method: .get, headers: jsonHeaders)
            #expect(try self.json(source).value(at: "text") == .string("Trust grew slowly.\nLeaders listened."))
            #expect(try self.json(source).value(at: "kind") == .string("document"))

            let code = try await client.execute(
                uri: "/api/v1/codes", method: .post, headers: jsonHeaders, body: body(#"{"name": "Trust"}"#))
            #expect(code.status == .created)
            let codeID = try #require(try self.json(code).value(at: "id")?.stringValue)
            let again = try await client.execute(
                uri: "/api/v1/codes", method: .post, headers: jsonHeaders, body: body(#"{"name": "trust"}"#))
            #expect(again.status == .unprocessableContent)

            let coding = try await client.execute(
                uri: "/api/v1/codings", method: .post, headers: jsonHeaders,
                body: body(
                    #"{"source_id": "\#(sourceID)", "code_id": "\#(codeID)", "start": 0, "end": 5, "memo": "key"}"#))
            #expect(coding.status == .created, "\(coding.text)")
            #expect(try self.json(coding).value(at: "excerpt") == .string("Trust"))
            let codingID = try #require(try self.json(coding).value(at: "id")?.stringValue)
            let outside = try await client.execute(
                uri: "/api/v1/codings", method: .post, headers: jsonHeaders,
                body: body(#"{"source_id": "\#(sourceID)", "code_id": "\#(codeID)", "start": 30, "end": 500}"#))
            #expect(outside.status == .unprocessableContent)
            #expect(outside.text.contains("end"))
            let unknown = try await client.execute(
                uri: "/api/v1/codings", method: .post, headers: jsonHeaders,
                body: body(#"{"source_id": "\#(sourceID)", "code_id": "\#(UUID().uuidString)", "start": 0, "end": 5}"#))
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("code_id"))

            let listed = try await client.execute(
                uri: "/api/v1/codings?source_id=\(sourceID)", method: .get, headers: jsonHeaders)
            #expect(try self.json(listed).arrayValue?.count == 1)

            let query = try await client.execute(
                uri: "/api/v1/queries/coding", method: .post, headers: jsonHeaders,
                body: body(#"{"expression": {"or": ["Trust", {"not": "Trust"}]}}"#))
            #expect(query.status == .ok, "\(query.text)")
            #expect(try self.json(query).value(at: "description") == .string("Trust OR NOT Trust"))
            let badQuery = try await client.execute(
                uri: "/api/v1/queries/coding", method: .post, headers: jsonHeaders,
                body: body(#"{"expression": {"and": ["Trust", "Nobody"]}}"#))
            #expect(badQuery.status == .unprocessableContent)
            #expect(badQuery.text.contains("expression.and[1]"))

            let csv = try await client.execute(
                uri: "/api/v1/codes/\(codeID)/passages?format=csv", method: .get, headers: jsonHeaders)
            #expect(csv.text.contains("interview,document,,,Trust"))
            let passages = try await client.execute(
                uri: "/api/v1/codes/\(codeID)/passages", method: .get, headers: jsonHeaders)
            #expect(try self.json(passages).arrayValue?.first?.value(at: "memos") == .array([.string("key")]))

            let removed = try await client.execute(
                uri: "/api/v1/codings/\(codingID)", method: .delete, headers: jsonHeaders)
            #expect(removed.status == .noContent)
            #expect(try await hub.store.coding.codings(codes: nil).isEmpty)
        }
    }

    @Test("a coding given in milliseconds on a recording codes the transcript lines of that stretch")
    func milliseconds() async throws {
        try await withApp { hub, client in
            let token = try await hub.token(for: hub.editor)
            let jsonHeaders = headers(bearer: token, contentType: "application/json")
            let code = Code(id: Code.ID(UUID()), name: "Voice", createdAt: TestHub.now)
            try await hub.store.coding.save(code)
            let testimony = try #require(Testimony.ID(DemoIDs.testimony))
            let text = try #require(try await hub.store.coding.codableText(of: CodingSource(testimony: testimony)))
            let second = try #require(text.cueRanges.dropFirst().first)
            let coding = try await client.execute(
                uri: "/api/v1/codings", method: .post, headers: jsonHeaders,
                body: body(
                    #"{"source_id": "\#(DemoIDs.testimony)", "code_id": "\#(code.id)", "start_ms": \#(second.cue.startMs + 1), "end_ms": \#(second.cue.endMs - 1)}"#
                ))
            #expect(coding.status == .created, "\(coding.text)")
            #expect(try self.json(coding).value(at: "start") == .number(Double(second.start)))
            #expect(try self.json(coding).value(at: "start_ms") == .number(Double(second.cue.startMs)))
        }
    }
}

extension JSONValue {
    /// The value under `key` of an object.
    fileprivate func value(at key: String) -> JSONValue? { objectValue?[key] }
}
