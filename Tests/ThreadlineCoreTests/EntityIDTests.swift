import Foundation
import Testing
import ThreadlineCore

@Suite("EntityID")
struct EntityIDTests {
    @Test("its text parses back to the same ID")
    func textRoundTrip() throws {
        let id = Story.ID(UUID())
        #expect(Story.ID(id.description) == id)
        #expect(Story.ID(id.description)?.rawValue == id.rawValue)
    }

    @Test("its text is the lower-case UUID, whatever case was parsed")
    func lowerCase() throws {
        let id = try #require(Place.ID("E621E1F8-C36C-495A-93FC-0C247A3E6E5F"))
        #expect(id.description == "e621e1f8-c36c-495a-93fc-0c247a3e6e5f")
        #expect(Place.ID("e621e1f8-c36c-495a-93fc-0c247a3e6e5f") == id)
    }

    @Test(
        "rejects text that is not a UUID",
        arguments: [
            "", "not-a-uuid", "e621e1f8-c36c-495a-93fc-0c247a3e6e5", "e621e1f8c36c495a93fc0c247a3e6e5f",
            "{e621e1f8-c36c-495a-93fc-0c247a3e6e5f}", "e621e1f8-c36c-495a-93fc-0c247a3e6e5fa",
            "g621e1f8-c36c-495a-93fc-0c247a3e6e5f", " e621e1f8-c36c-495a-93fc-0c247a3e6e5f",
        ]
    )
    func rejects(text: String) {
        #expect(Story.ID(text) == nil)
    }

    @Test("encodes as a lower-case UUID string and decodes from one")
    func codable() throws {
        let uuid = try #require(UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F"))
        let id = Enabler.ID(uuid)
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["e621e1f8-c36c-495a-93fc-0c247a3e6e5f"]"#)
        #expect(try JSONDecoder().decode([Enabler.ID].self, from: data) == [id])
    }

    @Test("refuses to decode a value that is not a UUID string", arguments: [#"["nope"]"#, #"[42]"#, #"[null]"#])
    func decodingRejects(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Enabler.ID].self, from: Data(json.utf8))
        }
    }

    @Test("sorts by its text")
    func ordering() throws {
        let low = try #require(Story.ID("00000000-0000-0000-0000-00000000000a"))
        let high = try #require(Story.ID("F0000000-0000-0000-0000-000000000000"))
        #expect(low < high)
        #expect(!(high < low))
    }

    @Test("an ID generator makes distinct typed IDs")
    func generator() {
        let generator = RandomIDGenerator()
        let first: Story.ID = generator.next()
        let second: Story.ID = generator.next()
        #expect(first != second)
    }
}
