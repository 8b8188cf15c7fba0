import Testing
import ThreadlineByteRanges

@Suite("Resolving ranges against a file size")
struct ByteRangeSetResolveTests {
    private func resolve(_ header: String, size: Int64) throws -> [ClosedRange<Int64>] {
        try #require(ByteRangeSet.parse(header)).resolve(size: size)
    }

    @Test(
        "Single ranges",
        arguments: [
            ("bytes=0-499", 1000, [0...499]),
            ("bytes=500-", 1000, [500...999]),
            ("bytes=999-", 1000, [999...999]),
            ("bytes=0-0", 1000, [0...0]),
            ("bytes=0-", 1000, [0...999]),
            // A last-pos past the end is clamped.
            ("bytes=900-5000", 1000, [900...999]),
            ("bytes=0-9223372036854775807", 1000, [0...999]),
            // Suffix ranges.
            ("bytes=-1", 1000, [999...999]),
            ("bytes=-500", 1000, [500...999]),
            ("bytes=-1000", 1000, [0...999]),
            // A suffix larger than the file means the whole file.
            ("bytes=-5000", 1000, [0...999]),
            ("bytes=-9223372036854775807", 1000, [0...999]),
        ] as [(String, Int64, [ClosedRange<Int64>])]
    )
    func singleRange(header: String, size: Int64, expected: [ClosedRange<Int64>]) throws {
        #expect(try resolve(header, size: size) == expected)
    }

    @Test(
        "Unsatisfiable specs resolve to nothing",
        arguments: [
            ("bytes=1000-", 1000),
            ("bytes=1000-2000", 1000),
            ("bytes=9223372036854775807-", 1000),
            ("bytes=-0", 1000),
            ("bytes=0-", 0),
            ("bytes=-5", 0),
            ("bytes=0-0", -3),
        ] as [(String, Int64)]
    )
    func unsatisfiable(header: String, size: Int64) throws {
        #expect(try resolve(header, size: size).isEmpty)
    }

    @Test("Unsatisfiable specs are dropped while the others survive")
    func mixedSatisfiable() throws {
        #expect(try resolve("bytes=2000-3000, 0-9, -0", size: 1000) == [0...9])
    }

    @Test(
        "Overlapping and adjacent ranges are coalesced; ranges with a gap are not",
        arguments: [
            ("bytes=0-9,5-14", [0...14]),
            ("bytes=0-9,10-19", [0...19]),
            ("bytes=0-9,11-19", [0...9, 11...19]),
            ("bytes=10-19,0-9", [0...19]),
            ("bytes=50-59,0-9,20-29", [0...9, 20...29, 50...59]),
            ("bytes=0-99,10-19,20-29", [0...99]),
            ("bytes=0-,0-,0-,0-", [0...99]),
            ("bytes=-10,95-", [90...99]),
            ("bytes=0-0,2-2,1-1", [0...2]),
            ("bytes=40-49,0-9,45-60", [0...9, 40...60]),
        ] as [(String, [ClosedRange<Int64>])]
    )
    func coalescing(header: String, expected: [ClosedRange<Int64>]) throws {
        #expect(try resolve(header, size: 100) == expected)
    }

    @Test("Ranges at the very top of Int64 do not overflow when merging")
    func hugeSize() throws {
        let size = Int64.max
        let ranges = try resolve("bytes=-1,9223372036854775800-", size: size)
        #expect(ranges == [(Int64.max - 7)...(Int64.max - 1)])
    }
}
