import Testing
import ThreadlineByteRanges

@Suite("Parsing the Range header")
struct ByteRangeSetParsingTests {
    @Test(
        "Accepted header forms",
        arguments: [
            ("bytes=0-499", [ByteRangeSpec.closed(first: 0, last: 499)]),
            ("bytes=500-", [.from(first: 500)]),
            ("bytes=-500", [.suffix(length: 500)]),
            ("bytes=0-0,-1", [.closed(first: 0, last: 0), .suffix(length: 1)]),
            ("BYTES=1-2", [.closed(first: 1, last: 2)]),
            ("Bytes=1-2", [.closed(first: 1, last: 2)]),
            ("bytes=0-1, 5-6 ,\t9-", [.closed(first: 0, last: 1), .closed(first: 5, last: 6), .from(first: 9)]),
            ("  bytes=3-4  ", [.closed(first: 3, last: 4)]),
            ("bytes= 3-4", [.closed(first: 3, last: 4)]),
            ("bytes=0-1,,2-3", [.closed(first: 0, last: 1), .closed(first: 2, last: 3)]),
            ("bytes=,0-1,", [.closed(first: 0, last: 1)]),
            ("bytes=007-0010", [.closed(first: 7, last: 10)]),
            ("bytes=5-5", [.closed(first: 5, last: 5)]),
            ("bytes=-0", [.suffix(length: 0)]),
            ("bytes=9223372036854775807-", [.from(first: Int64.max)]),
            ("bytes=2-1000000000000", [.closed(first: 2, last: 1_000_000_000_000)]),
        ]
    )
    func acceptsValidHeader(header: String, expected: [ByteRangeSpec]) throws {
        let set = try #require(ByteRangeSet.parse(header))
        #expect(set.specs == expected)
    }

    @Test(
        "Invalid headers are rejected with a reason and offset",
        arguments: [
            ("bytes=", ByteRangeParseError(.emptyRangeSet, at: 6)),
            ("bytes=,", ByteRangeParseError(.emptyRangeSet, at: 7)),
            ("bytes=5-2", ByteRangeParseError(.lastBeforeFirst(first: 5, last: 2), at: 6)),
            ("items=0-1", ByteRangeParseError(.unsupportedUnit("items"), at: 0)),
            ("bytes=abc", ByteRangeParseError(.expectedDigit, at: 6)),
            ("bytes=-", ByteRangeParseError(.expectedDigit, at: 7)),
            ("bytes=--1", ByteRangeParseError(.expectedDigit, at: 7)),
            ("bytes=1", ByteRangeParseError(.expectedHyphen, at: 7)),
            ("bytes=1 -2", ByteRangeParseError(.expectedHyphen, at: 7)),
            ("bytes=1- 2", ByteRangeParseError(.expectedComma, at: 9)),
            ("bytes=0-1 2-3", ByteRangeParseError(.expectedComma, at: 10)),
            ("bytes=0-1;2-3", ByteRangeParseError(.expectedComma, at: 9)),
            ("bytes 0-1", ByteRangeParseError(.missingEquals, at: 9)),
            ("", ByteRangeParseError(.missingEquals, at: 0)),
            ("=0-1", ByteRangeParseError(.invalidUnit, at: 0)),
            ("bytes =0-1", ByteRangeParseError(.invalidUnit, at: 0)),
            ("bytes=0x10-", ByteRangeParseError(.expectedHyphen, at: 7)),
            ("bytes=+1-2", ByteRangeParseError(.expectedDigit, at: 6)),
            ("bytes=１-2", ByteRangeParseError(.expectedDigit, at: 6)),
        ]
    )
    func rejectsInvalidHeader(header: String, expected: ByteRangeParseError) {
        #expect(ByteRangeSet.parse(header) == nil)
        #expect(throws: expected) { try ByteRangeSet(parsing: header) }
    }

    @Test(
        "Numbers that overflow Int64 are invalid, not a crash",
        arguments: [
            ("bytes=9223372036854775808-", 6),
            ("bytes=0-9223372036854775808", 8),
            ("bytes=-99999999999999999999999999999999", 7),
            ("bytes=1-184467440737095516160", 8),
        ]
    )
    func rejectsOverflow(header: String, offset: Int) {
        #expect(ByteRangeSet.parse(header) == nil)
        #expect(throws: ByteRangeParseError(.numberTooLarge, at: offset)) { try ByteRangeSet(parsing: header) }
    }

    @Test("Leading zeros do not count towards overflow")
    func leadingZeros() throws {
        let header = "bytes=" + String(repeating: "0", count: 400) + "1-2"
        let set = try #require(ByteRangeSet.parse(header))
        #expect(set.specs == [.closed(first: 1, last: 2)])
    }

    @Test("Exactly the maximum number of ranges is accepted")
    func maximumRangeCount() throws {
        let specs = (0..<ByteRangeSet.maximumRangeCount).map { "\($0 * 10)-\($0 * 10 + 1)" }
        let set = try #require(ByteRangeSet.parse("bytes=" + specs.joined(separator: ",")))
        #expect(set.specs.count == ByteRangeSet.maximumRangeCount)
    }

    @Test("One range more than the maximum makes the header invalid")
    func tooManyRanges() {
        let specs = Array(repeating: "0-0", count: ByteRangeSet.maximumRangeCount + 1)
        let header = "bytes=" + specs.joined(separator: ",")
        let offsetOfExtraSpec = 6 + 4 * ByteRangeSet.maximumRangeCount
        #expect(ByteRangeSet.parse(header) == nil)
        #expect(throws: ByteRangeParseError(.tooManyRanges(limit: 100), at: offsetOfExtraSpec)) {
            try ByteRangeSet(parsing: header)
        }
    }

    @Test("A huge hostile header is rejected after the limit rather than fully processed")
    func hugeHeader() {
        let header = "bytes=" + String(repeating: "0-1,", count: 200_000)
        #expect(ByteRangeSet.parse(header) == nil)
    }

    @Test("Empty list elements are not counted towards the limit")
    func emptyElementsNotCounted() throws {
        let header = "bytes=" + String(repeating: ",", count: 500) + "0-1"
        let set = try #require(ByteRangeSet.parse(header))
        #expect(set.specs == [.closed(first: 0, last: 1)])
    }

    @Test("Error descriptions name the problem and the offset")
    func errorDescription() {
        let error = ByteRangeParseError(.lastBeforeFirst(first: 5, last: 2), at: 6)
        let expected =
            "Invalid Range header at byte offset 6: "
            + "the last byte position 2 is before the first byte position 5."
        #expect(error.description == expected)
    }
}
