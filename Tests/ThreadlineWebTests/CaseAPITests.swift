import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Cases through the API")
struct CaseAPITests {
    @Test("POST /api/v1/cases creates a case with values and sources at once; GET lists them with the attributes")
    func createAndList() async throws {
        try await withApp { hub, client in
            let role = CaseAttribute(
                id: CaseAttribute.ID(UUID()), name: "Role", kind: .list, choices: ["Coach", "Officer"],
                createdAt: TestHub.now)
            let years = CaseAttribute(
                id: CaseAttribute.ID(UUID()), name: "Years", kind: .number, createdAt: TestHub.now)
            try await hub.store.cases.save(role)
            try await hub.store.cases.save(years)
            let story = Story(
                id: Story.ID(UUID()), title: "A story", slug: "a-story", body: "Trust grew slowly.",
                createdAt: TestHub.now)
            try await hub.store.stories.create(story)
            let token = try await hub.token(for: hub.contributor)
            let json = headers(bearer: token, contentType: "application/json")
            let body = """
                {"name": "Ayesha", "kind": "person", "values": {"role": "coach", "Years": 3},
                 "sources": ["story/\(story.id)", {"source_id": "story/\(story.id)", "start": 0, "end": 5}]}
                """
            let created = try await client.execute(
                uri: "/api/v1/cases", method: .post, headers: json, body: ByteBuffer(string: body))
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"]?.stringValue)

            let listed = try await client.execute(uri: "/api/v1/cases", method: .get, headers: headers(bearer: token))
            #expect(listed.status == .ok)
            let answer = try listed.json()
            let item = try #require(answer["items"]?.arrayValue?.first)
            #expect(item["id"]?.stringValue == id)
            #expect(item["values"]?["Role"]?.stringValue == "Coach")
            #expect(item["values"]?["Years"]?.stringValue == "3")
            #expect(item["sources"]?.arrayValue?.count == 2)
            #expect(answer["attributes"]?.arrayValue?.map { $0["kind"]?.stringValue } == ["list", "number"])

            // The queries keep to a case's evidence: the stretch "Trust" and the whole story are one case's.
            let trust = Code(id: Code.ID(UUID()), name: "Trust", createdAt: TestHub.now)
            try await hub.store.coding.save(trust)
            let coder = try await hub.store.coding.coder(for: hub.contributor)
            _ = try await hub.store.coding.add([
                Coding(
                    id: Coding.ID(UUID()), codeID: trust.id, source: CodingSource(story: story.id), coderID: coder.id,
                    start: 6, end: 17, createdAt: TestHub.now)
            ])
            let other = try await client.execute(
                uri: "/api/v1/cases", method: .post, headers: json,
                body: ByteBuffer(
                    string: #"{"name": "Ben", "sources": [{"source_id": "story/\#(story.id)", "start": 0, "end": 5}]}"#)
            )
            let ben = try #require(try other.json()["id"]?.stringValue)
            let benPassages = try await client.execute(
                uri: "/api/v1/codes/\(trust.id)/passages?cases=case:\(ben)", method: .get,
                headers: headers(bearer: token))
            #expect(try benPassages.json().arrayValue?.isEmpty == true)
            let ayeshaPassages = try await client.execute(
                uri: "/api/v1/codes/\(trust.id)/passages?cases=case:\(id)", method: .get,
                headers: headers(bearer: token))
            #expect(try ayeshaPassages.json().arrayValue?.count == 1)
            let query = try await client.execute(
                uri: "/api/v1/queries/coding", method: .post, headers: json,
                body: ByteBuffer(string: #"{"expression": "Trust", "cases": "case:\#(ben)"}"#))
            #expect(try query.json()["passages"]?.arrayValue?.isEmpty == true)
            let search = try await client.execute(
                uri: "/api/v1/queries/text", method: .post, headers: json,
                body: ByteBuffer(string: #"{"query": "slowly", "cases": "case:\#(ben)"}"#))
            #expect(search.status == .ok)
            #expect(try search.json()["count"]?.numberValue == 0)
            let unknown = try await client.execute(
                uri: "/api/v1/queries/text", method: .post, headers: json,
                body: ByteBuffer(string: #"{"query": "slowly", "cases": "case:nobody"}"#))
            #expect(unknown.status == .unprocessableContent)
        }
    }

    @Test("every problem is answered together with its field, and nothing is stored")
    func problems() async throws {
        try await withApp { hub, client in
            let role = CaseAttribute(
                id: CaseAttribute.ID(UUID()), name: "Role", kind: .list, choices: ["Coach"], createdAt: TestHub.now)
            try await hub.store.cases.save(role)
            let token = try await hub.token(for: hub.contributor)
            let json = headers(bearer: token, contentType: "application/json")
            let body = """
                {"name": "Ben", "kind": "alien", "values": {"Role": "Referee", "Sector": "Sport"},
                 "sources": ["story/\(UUID())", "nonsense", {"source_id": "story/\(UUID())", "start": 9}]}
                """
            let refused = try await client.execute(
                uri: "/api/v1/cases", method: .post, headers: json, body: ByteBuffer(string: body))
            #expect(refused.status == .unprocessableContent)
            let fields = try refused.json()["error"]?["fields"]?.objectValue?.keys
            #expect(Set(fields ?? [:].keys) == ["kind", "sources[1]", "sources[2]"])
            let values = try await client.execute(
                uri: "/api/v1/cases", method: .post, headers: json,
                body: ByteBuffer(string: #"{"name": "Ben", "values": {"Role": "Referee", "Sector": "Sport"}}"#))
            let valueFields = try values.json()["error"]?["fields"]?.objectValue?.keys
            #expect(Set(valueFields ?? [:].keys) == ["values.Role", "values.Sector"])
            let missing = try await client.execute(
                uri: "/api/v1/cases", method: .post, headers: json,
                body: ByteBuffer(string: #"{"name": "Ben", "sources": ["story/\#(UUID())"]}"#))
            #expect(missing.status == .unprocessableContent)
            #expect(try await hub.store.cases.cases().isEmpty)
            let anonymous = try await client.execute(uri: "/api/v1/cases", method: .get)
            #expect(anonymous.status == .unauthorized)
        }
    }
}
