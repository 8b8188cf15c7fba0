import Testing
import ThreadlineByteRanges

@Suite("Entity tags and If-None-Match")
struct ETagTests {
    private static let digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

    @Test("A strong ETag is the digest in double quotes")
    func strongETag() {
        #expect(ETag.strong(forSHA256Hex: Self.digest) == "\"\(Self.digest)\"")
        #expect(ETag.strong(forSHA256Hex: "ab") == "\"ab\"")
    }

    @Test(
        "If-None-Match matches with the weak comparison",
        arguments: [
            ("\"abc\"", "\"abc\""),
            ("W/\"abc\"", "\"abc\""),
            ("\"abc\"", "W/\"abc\""),
            ("W/\"abc\"", "W/\"abc\""),
            ("  \"abc\"\t", "\"abc\""),
        ]
    )
    func weakComparison(ifNoneMatch: String, etag: String) {
        #expect(ETagMatcher.matches(ifNoneMatch: ifNoneMatch, etag: etag))
    }

    @Test("An empty opaque tag is a valid entity tag")
    func emptyOpaqueTag() {
        #expect(ETagMatcher.matches(ifNoneMatch: "\"\"", etag: "\"\""))
        #expect(!ETagMatcher.matches(ifNoneMatch: "\"\"", etag: "\"a\""))
    }

    @Test(
        "If-None-Match lists match when any member matches",
        arguments: [
            "\"x\", \"abc\"",
            "\"abc\",\"x\"",
            "\"x\" ,\tW/\"abc\" , \"y\"",
            "\"x\",,\"abc\"",
            ", \"abc\",",
            "\"a,b\", \"abc\"",
        ]
    )
    func listMatches(ifNoneMatch: String) {
        #expect(ETagMatcher.matches(ifNoneMatch: ifNoneMatch, etag: "\"abc\""))
    }

    @Test(
        "If-None-Match does not match other tags or malformed values",
        arguments: [
            "\"abd\"",
            "\"ABC\"",
            "\"x\", \"y\"",
            "abc",
            "\"abc",
            "w/\"abc\"",
            "W/ \"abc\"",
            "\"abc\" \"x\"",
            "\"abc\", garbage",
            "\"abc\"; x",
            "*, \"abc\"",
            "",
            ",",
            "**",
        ]
    )
    func noMatch(ifNoneMatch: String) {
        #expect(!ETagMatcher.matches(ifNoneMatch: ifNoneMatch, etag: "\"abc\""))
    }

    @Test("A comma inside a quoted tag is part of the tag, not a list separator")
    func commaInsideTag() {
        #expect(ETagMatcher.matches(ifNoneMatch: "\"a,b\"", etag: "\"a,b\""))
        #expect(!ETagMatcher.matches(ifNoneMatch: "\"a,b\"", etag: "\"a\""))
        #expect(!ETagMatcher.matches(ifNoneMatch: "\"a,b\"", etag: "\"b\""))
    }

    @Test("* matches any current entity tag", arguments: ["*", " * ", "\t*"])
    func star(ifNoneMatch: String) {
        #expect(ETagMatcher.matches(ifNoneMatch: ifNoneMatch, etag: "\"abc\""))
        #expect(ETagMatcher.matches(ifNoneMatch: ifNoneMatch, etag: "W/\"zzz\""))
    }

    @Test("A malformed current entity tag never matches")
    func malformedCurrentTag() {
        #expect(!ETagMatcher.matches(ifNoneMatch: "\"abc\"", etag: "abc"))
        #expect(!ETagMatcher.matches(ifNoneMatch: "*", etag: ""))
    }

    @Test("A long list is handled in one pass")
    func longList() {
        let list = Array(repeating: "\"nope\"", count: 10_000).joined(separator: ", ") + ", \"abc\""
        #expect(ETagMatcher.matches(ifNoneMatch: list, etag: "\"abc\""))
    }
}
