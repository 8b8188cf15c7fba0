import Foundation
import Testing
import ThreadlineCore

@testable import ThreadlineFormats

@Suite("Canonical JSON writer")
struct CanonicalJSONWriterTests {
    func text(_ value: JSONValue) -> String {
        String(decoding: CanonicalJSONWriter().bytes(for: value), as: UTF8.self)
    }

    @Test("writes sorted keys, two-space indents and compact empty containers")
    func layout() {
        let value = JSONValue.object([
            "b": .array([.number(1), .bool(false), .null]),
            "a": .object([:]),
            "B": .array([]),
        ])
        #expect(text(value) == "{\n  \"B\": [],\n  \"a\": {},\n  \"b\": [\n    1,\n    false,\n    null\n  ]\n}")
    }

    @Test("writes whole numbers without a fraction and others exactly")
    func numbers() {
        #expect(text(.number(3)) == "3")
        #expect(text(.number(-0.0)) == "0")
        #expect(text(.number(2.5)) == "2.5")
        #expect(text(.number(1e300)) == "1e+300")
        #expect(text(.number(.infinity)) == "null")
    }

    @Test("escapes only what JSON requires, and reads back the same text")
    func strings() throws {
        let awkward = "quote \" backslash \\ slash / newline \n tab \t bell \u{7} sep \u{2028} café 😀 — ’"
        let written = text(.string(awkward))
        #expect(written.contains("\\u0007"))
        #expect(written.contains("\\u2028"))
        #expect(written.contains("café 😀 — ’"))
        #expect(written.contains("slash / newline"))
        #expect(try JSONValue.parse(Data(written.utf8)) == .string(awkward))
        #expect(try StrictJSONParser(maximumDepth: 4).parse(Data(written.utf8)) == .string(awkward))
    }
}
