import Foundation
import Testing
import ThreadlineByteRanges

@Suite("multipart/byteranges bodies")
struct MultipartByteRangesTests {
    private static let file = Array("0123456789abcdefghij".utf8)

    /// Builds the body the way a server would: header bytes as they are, file ranges copied from the file.
    private func assemble(_ body: MultipartByteRanges, from file: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        for piece in body.pieces {
            switch piece {
            case .bytes(let bytes):
                output += bytes
            case .fileRange(let range):
                output += file[Int(range.lowerBound)...Int(range.upperBound)]
            }
        }
        return output
    }

    @Test("Two parts with a content type match the RFC 9110 §14.6 layout byte for byte")
    func twoParts() throws {
        let body = try MultipartByteRanges(
            boundary: "BOUNDARY",
            contentType: "text/plain",
            size: 20,
            ranges: [0...4, 10...14]
        )
        let expected =
            "--BOUNDARY\r\n"
            + "Content-Type: text/plain\r\n"
            + "Content-Range: bytes 0-4/20\r\n"
            + "\r\n"
            + "01234\r\n"
            + "--BOUNDARY\r\n"
            + "Content-Type: text/plain\r\n"
            + "Content-Range: bytes 10-14/20\r\n"
            + "\r\n"
            + "abcde\r\n"
            + "--BOUNDARY--\r\n"
        let assembled = assemble(body, from: Self.file)
        #expect(String(decoding: assembled, as: UTF8.self) == expected)
        #expect(body.contentLength == Int64(assembled.count))
        #expect(body.contentLength == Int64(expected.utf8.count))
    }

    @Test("Without a content type the parts carry only Content-Range")
    func withoutContentType() throws {
        let body = try MultipartByteRanges(boundary: "b", contentType: nil, size: 20, ranges: [19...19, 0...0])
        let expected =
            "--b\r\nContent-Range: bytes 19-19/20\r\n\r\nj\r\n"
            + "--b\r\nContent-Range: bytes 0-0/20\r\n\r\n0\r\n"
            + "--b--\r\n"
        let assembled = assemble(body, from: Self.file)
        #expect(String(decoding: assembled, as: UTF8.self) == expected)
        #expect(body.contentLength == Int64(assembled.count))
    }

    @Test("Pieces alternate between header bytes and file ranges, in the given order")
    func pieceOrder() throws {
        let body = try MultipartByteRanges(boundary: "b", contentType: nil, size: 20, ranges: [5...6, 1...2, 8...9])
        let fileRanges = body.pieces.compactMap { piece -> ClosedRange<Int64>? in
            if case .fileRange(let range) = piece { return range }
            return nil
        }
        #expect(fileRanges == [5...6, 1...2, 8...9])
        #expect(body.pieces.count == 7)
        for (index, piece) in body.pieces.enumerated() {
            if case .bytes = piece {
                #expect(index % 2 == 0)
            } else {
                #expect(index % 2 == 1)
            }
        }
        #expect(body.contentLength == body.pieces.reduce(0) { $0 + $1.length })
    }

    @Test("contentLength is exact for many parts and large offsets")
    func contentLengthLargeFile() throws {
        let size: Int64 = 123_456_789_012
        let ranges: [ClosedRange<Int64>] = (0..<40).map { index in
            let start = Int64(index) * 3_000_000_000
            return start...(start + Int64(index))
        }
        let body = try MultipartByteRanges(boundary: "xyz", contentType: "video/mp4", size: size, ranges: ranges)
        var expected: Int64 = 0
        for (index, range) in ranges.enumerated() {
            let header =
                (index == 0 ? "" : "\r\n") + "--xyz\r\nContent-Type: video/mp4\r\n"
                + "Content-Range: bytes \(range.lowerBound)-\(range.upperBound)/\(size)\r\n\r\n"
            expected += Int64(header.utf8.count) + Int64(range.count)
        }
        expected += Int64("\r\n--xyz--\r\n".utf8.count)
        #expect(body.contentLength == expected)
    }

    @Test("The planner's ranges and boundary produce a valid body")
    func plannerToBody() throws {
        let plan = RangeResponsePlanner.plan(
            method: "GET",
            rangeHeader: "bytes=-3, 0-1",
            ifRangeHeader: nil,
            etag: "\"e\"",
            lastModified: Date(timeIntervalSince1970: 0),
            size: 2_000,
            contentType: "audio/ogg",
            makeBoundary: { "sep" }
        )
        guard case .multiple(let ranges, let boundary) = plan else {
            Issue.record("Expected a multipart plan, got \(plan)")
            return
        }
        #expect(ranges == [0...1, 1_997...1_999])
        let body = try MultipartByteRanges(boundary: boundary, contentType: "audio/ogg", size: 2_000, ranges: ranges)
        let file = (0..<2_000).map { UInt8(truncatingIfNeeded: $0) }
        let assembled = assemble(body, from: file)
        #expect(Int64(assembled.count) == body.contentLength)
        let prefix = "--sep\r\nContent-Type: audio/ogg\r\nContent-Range: bytes 0-1/2000\r\n\r\n"
        #expect(Array(assembled.prefix(prefix.utf8.count)) == Array(prefix.utf8))
        #expect(assembled[prefix.utf8.count...].prefix(2).elementsEqual([0, 1]))
    }

    @Test(
        "The response Content-Type quotes boundaries that are not tokens",
        arguments: [
            ("abc123", "multipart/byteranges; boundary=abc123"),
            ("a'b+c_d-e.f", "multipart/byteranges; boundary=a'b+c_d-e.f"),
            ("a b:c/d=e?f(g),h", "multipart/byteranges; boundary=\"a b:c/d=e?f(g),h\""),
        ]
    )
    func responseContentType(boundary: String, expected: String) throws {
        let body = try MultipartByteRanges(boundary: boundary, contentType: nil, size: 1, ranges: [0...0])
        #expect(body.responseContentType == expected)
    }

    @Test(
        "Invalid boundaries are rejected with the offending offset",
        arguments: [
            ("", 0),
            (String(repeating: "a", count: 71), 70),
            ("abc\r\nX-Evil: 1", 3),
            ("ab\"c", 2),
            ("abc ", 3),
            ("é", 0),
        ]
    )
    func invalidBoundary(boundary: String, offset: Int) {
        #expect(throws: MultipartByteRangesError.invalidBoundary(boundary, byteOffset: offset)) {
            try MultipartByteRanges(boundary: boundary, contentType: nil, size: 10, ranges: [0...1])
        }
    }

    @Test("A 70-character boundary, the RFC 2046 maximum, is accepted")
    func longestBoundary() throws {
        let boundary = String(repeating: "a", count: 70)
        let body = try MultipartByteRanges(boundary: boundary, contentType: nil, size: 10, ranges: [0...1])
        #expect(body.boundary == boundary)
    }

    @Test("A content type that would inject a header line is rejected")
    func headerInjection() {
        let contentType = "text/plain\r\nSet-Cookie: a=b"
        #expect(throws: MultipartByteRangesError.invalidContentType(contentType, byteOffset: 10)) {
            try MultipartByteRanges(boundary: "b", contentType: contentType, size: 10, ranges: [0...1])
        }
    }

    @Test(
        "Ranges outside the file are rejected",
        arguments: [
            ([0...1, 5...10] as [ClosedRange<Int64>], 1),
            ([-1...1] as [ClosedRange<Int64>], 0),
            ([10...10] as [ClosedRange<Int64>], 0),
        ]
    )
    func outOfBounds(ranges: [ClosedRange<Int64>], index: Int) {
        #expect(throws: MultipartByteRangesError.rangeOutOfBounds(ranges[index], index: index, size: 10)) {
            try MultipartByteRanges(boundary: "b", contentType: nil, size: 10, ranges: ranges)
        }
    }

    @Test("An empty list of ranges is rejected")
    func noRanges() {
        #expect(throws: MultipartByteRangesError.noRanges) {
            try MultipartByteRanges(boundary: "b", contentType: nil, size: 10, ranges: [])
        }
    }

    @Test("A body longer than Int64.max is reported, not computed with overflow")
    func overflow() {
        let whole: ClosedRange<Int64> = 0...(Int64.max - 1)
        #expect(throws: MultipartByteRangesError.contentLengthOverflow) {
            try MultipartByteRanges(boundary: "b", contentType: nil, size: Int64.max, ranges: [whole, whole])
        }
    }

    @Test("Error descriptions are sentences naming the place")
    func errorDescriptions() {
        #expect(
            MultipartByteRangesError.rangeOutOfBounds(5...10, index: 1, size: 10).description
                == "Range 1 (5-10) is outside a file of 10 bytes."
        )
        #expect(
            MultipartByteRangesError.invalidBoundary("ab\"c", byteOffset: 2).description
                == "The multipart boundary \"ab\\\"c\" is invalid at byte offset 2."
        )
    }
}
