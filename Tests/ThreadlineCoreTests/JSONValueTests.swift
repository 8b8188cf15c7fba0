import Foundation
import Testing
import ThreadlineCore

@Suite("JSONValue")
struct JSONValueTests {
    @Test("parses every kind of JSON value")
    func parsesKinds() throws {
        let json = #"{"a": null, "b": true, "c": 1.5, "d": "text", "e": [1, "x", false], "f": {"g": -3}}"#
        let value = try JSONValue.parse(Data(json.utf8))
        #expect(
            value
                == .object([
                    "a": .null, "b": .bool(true), "c": .number(1.5), "d": .string("text"),
                    "e": .array([.number(1), .string("x"), .bool(false)]), "f": .object(["g": .number(-3)]),
                ])
        )
    }

    @Test("keeps booleans and numbers apart")
    func booleansAreNotNumbers() throws {
        #expect(
            try JSONValue.parse(Data("[true, 1, 0, false]".utf8))
                == .array([.bool(true), .number(1), .number(0), .bool(false)]))
    }

    @Test("encodes then parses back to the same value")
    func roundTrip() throws {
        let value: JSONValue = .object([
            "title": "Café — “quoted” \u{1F600}", "count": .number(42), "ratio": .number(0.25),
            "big": .number(1e20), "negative": .number(-7), "flag": false, "none": .null,
            "list": .array([.string("a"), .array([]), .object([:])]),
        ])
        let data = try JSONEncoder().encode(value)
        #expect(try JSONValue.parse(data) == value)
    }

    @Test("writes whole numbers without a fraction")
    func wholeNumbers() throws {
        let data = try JSONEncoder().encode(JSONValue.array([.number(3), .number(-12), .number(2.5)]))
        #expect(String(decoding: data, as: UTF8.self) == "[3,-12,2.5]")
    }

    @Test(
        "rejects bytes that are not JSON",
        arguments: ["", "{", "{'a': 1}", "nul", "[01]", "[NaN]", "// c\n[1]", "[1] x"])
    func rejectsInvalid(text: String) {
        #expect(throws: (any Error).self) { try JSONValue.parse(Data(text.utf8)) }
    }

    /// Foundation's decoder accepts trailing commas and keeps the first of two equal keys; RFC 8259 allows
    /// neither, and API bodies are parsed here (see the report: the Formats module's strict parser refuses both).
    @Test("rejects trailing commas and duplicate keys", arguments: ["[1,]", #"{"a": 1,}"#, #"{"a": 1, "a": 2}"#])
    func rejectsLenientJSON(text: String) {
        #expect(throws: (any Error).self) { try JSONValue.parse(Data(text.utf8)) }
    }

    @Test("encodes a value through its Codable form and decodes it back")
    func encodingAndDecoding() throws {
        let date = try #require(PartialDate("2022-07"))
        let milestone = Milestone(
            id: Milestone.ID(UUID()), placeID: Place.ID(UUID()), date: date, title: "Steering group disbanded",
            createdAt: Date(timeIntervalSince1970: 1_700_000_000)
        )
        let value = try JSONValue.encoding(milestone)
        let object = try #require(value.objectValue)
        #expect(object["date"] == "2022-07")
        #expect(object["place_id"]?.stringValue == milestone.placeID?.description)
        #expect(object["created_at"] == "2023-11-14T22:13:20Z")
        #expect(try value.decode(Milestone.self) == milestone)
    }

    @Test("accessors answer only for their own kind")
    func accessors() {
        #expect(JSONValue.string("x").stringValue == "x")
        #expect(JSONValue.number(1).stringValue == nil)
        #expect(JSONValue.array([.null]).arrayValue == [.null])
        #expect(JSONValue.object([:]).arrayValue == nil)
        #expect(JSONValue.object(["a": .null]).objectValue == ["a": .null])
        #expect(JSONValue.string("x").objectValue == nil)
        #expect(JSONValue.bool(true).kindName == "a boolean")
    }
}
