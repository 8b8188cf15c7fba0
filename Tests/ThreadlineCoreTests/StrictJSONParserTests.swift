import Foundation
import Testing

@testable import ThreadlineCore

@Suite("Strict JSON parser")
struct StrictJSONParserTests {
    let parser = StrictJSONParser(maximumDepth: 8)

    func parse(_ text: String) throws(StrictJSONParser.Failure) -> JSONValue {
        try parser.parse(Data(text.utf8))
    }

    func failure(_ text: String) -> StrictJSONParser.Failure? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("parses every kind of value")
    func values() throws {
        let value = try parse(#" {"a": [1, -2.5, 3e2, 0, true, false, null], "b": {"c": "d"}, "e": ""} "#)
        #expect(
            value
                == .object([
                    "a": .array([.number(1), .number(-2.5), .number(300), .number(0), .bool(true), .bool(false), .null]
                    ),
                    "b": .object(["c": .string("d")]),
                    "e": .string(""),
                ])
        )
        #expect(try parse("\u{FEFF}[]") == .array([]))
    }

    @Test("decodes escapes, including surrogate pairs, and keeps UTF-8 text")
    func strings() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        #expect(try parse(#""\u00e9\u4E2D\uD83D\uDE00""#) == .string("é中😀"))
        #expect(try parse("\"Wigan’s café 😀\"") == .string("Wigan’s café 😀"))
        #expect(failure(#""\uD83D""#)?.reason.contains("surrogate") == true)
        #expect(failure(#""\uDE00x""#)?.reason.contains("surrogate") == true)
        #expect(failure(#""\x""#)?.reason.contains("escape") == true)
        #expect(failure(#""\u12G4""#)?.reason.contains("hexadecimal") == true)
        #expect(failure("\"a\nb\"")?.reason.contains("control character") == true)
        #expect(failure("\"never closed")?.reason.contains("never closed") == true)
    }

    @Test("refuses what RFC 8259 does not allow")
    func strictness() {
        for text in [
            "[1,]", "{\"a\":1,}", "01", "1.", "-", "1e", ".5", "+1", "'a'", "nul", "[1 2]", "{\"a\" 1}", "{1:2}",
            "[] []", "// c\n1",
        ] {
            #expect(failure(text) != nil, "\(text) should not parse")
        }
        #expect(failure("1e999")?.reason.contains("too large") == true)
        #expect(failure(#"{"a": 1, "a": 2}"#)?.reason == "The key \"a\" appears twice in the same object")
    }

    @Test("limits nesting depth")
    func depth() throws {
        #expect(try parse(String(repeating: "[", count: 8) + String(repeating: "]", count: 8)) != .null)
        let tooDeep = failure(String(repeating: "{\"a\":", count: 9) + "1" + String(repeating: "}", count: 9))
        #expect(tooDeep?.reason == "Arrays and objects are nested more than 8 levels deep")
        #expect(tooDeep?.offset == 40)
    }

    @Test("limits the number of values, so tiny values cannot claim much memory")
    func valueCount() throws {
        let limited = StrictJSONParser(maximumDepth: 8, maximumValues: 5)
        #expect(try limited.parse(Data("[[], {}, 1, \"a\"]".utf8)) != .null)
        do {
            _ = try limited.parse(Data("[[], [], [], [], []]".utf8))
            Issue.record("six values should exceed a limit of five")
        } catch {
            #expect(error.isLimit)
            #expect(error.reason == "The document holds more than 5 values")
        }
        #expect(failure("[1 2]")?.isLimit == false)
    }

    @Test("locates failures by line, column in characters, and byte")
    func location() throws {
        let found = try #require(failure("[\n  \"é\", x]"))
        #expect(found.line == 2)
        #expect(found.column == 8)
        #expect(found.offset == 10)
        #expect(found.description == "Unexpected 'x' where a value was expected (line 2, column 8, byte 10).")
    }
}
