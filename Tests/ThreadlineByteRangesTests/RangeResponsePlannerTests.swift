import Foundation
import Testing
import ThreadlineByteRanges

@Suite("Planning range responses")
struct RangeResponsePlannerTests {
    private static let etag = "\"abc123\""
    /// Sun, 06 Nov 1994 08:49:37 GMT, with a fraction that HTTP dates cannot carry.
    private static let lastModified = Date(timeIntervalSince1970: 784_111_777.25)
    private static let fixedBoundary = "0123456789abcdef0123456789abcdef"

    private func plan(
        method: String = "GET",
        range: String?,
        ifRange: String? = nil,
        size: Int64 = 10_000,
        contentType: String? = nil
    ) -> RangeResponsePlan {
        RangeResponsePlanner.plan(
            method: method,
            rangeHeader: range,
            ifRangeHeader: ifRange,
            etag: Self.etag,
            lastModified: Self.lastModified,
            size: size,
            contentType: contentType,
            makeBoundary: { Self.fixedBoundary }
        )
    }

    @Test("Without a Range header the whole file is sent")
    func noRange() {
        #expect(plan(range: nil) == .full)
        #expect(plan(range: nil).statusCode == 200)
    }

    @Test("If-Range without Range is ignored")
    func ifRangeWithoutRange() {
        #expect(plan(range: nil, ifRange: Self.etag) == .full)
    }

    @Test("A single satisfiable range gives 206", arguments: ["GET", "HEAD"])
    func singleRange(method: String) {
        let result = plan(method: method, range: "bytes=100-199")
        #expect(result == .single(100...199))
        #expect(result.statusCode == 206)
    }

    @Test("bytes=0- is answered with 206 for the whole file")
    func openEndedFromZero() {
        #expect(plan(range: "bytes=0-") == .single(0...9_999))
    }

    @Test("A range past the end is clamped")
    func pastTheEnd() {
        #expect(plan(range: "bytes=9000-20000") == .single(9_000...9_999))
    }

    @Test("A suffix range selects the tail, or the whole file when longer")
    func suffix() {
        #expect(plan(range: "bytes=-100") == .single(9_900...9_999))
        #expect(plan(range: "bytes=-20000") == .single(0...9_999))
    }

    @Test("Unsatisfiable ranges give 416", arguments: [("GET"), ("HEAD")])
    func unsatisfiable(method: String) {
        let result = plan(method: method, range: "bytes=10000-")
        #expect(result == .unsatisfiable)
        #expect(result.statusCode == 416)
        #expect(plan(method: method, range: "bytes=20000-30000, -0") == .unsatisfiable)
    }

    @Test(
        "Range is ignored for other methods (including lowercase get, since methods are case-sensitive)",
        arguments: ["POST", "PUT", "DELETE", "OPTIONS", "get", "head"]
    )
    func otherMethods(method: String) {
        #expect(plan(method: method, range: "bytes=0-10") == .full)
        #expect(plan(method: method, range: "bytes=90000-") == .full)
    }

    @Test(
        "Invalid Range headers are ignored",
        arguments: ["bytes=", "bytes=5-2", "items=0-1", "bytes=abc", "bytes=99999999999999999999-"])
    func invalidRange(header: String) {
        #expect(plan(range: header) == .full)
    }

    @Test("More than 100 ranges are ignored and the whole file is sent")
    func tooManyRanges() {
        let header = "bytes=" + (0...100).map { "\($0 * 10)-\($0 * 10 + 5)" }.joined(separator: ",")
        #expect(plan(range: header, size: 1_000_000) == .full)
    }

    @Test("Several disjoint ranges give multipart with the injected boundary")
    func multipleRanges() {
        let result = plan(range: "bytes=0-99, 5000-5099", contentType: "video/mp4")
        #expect(result == .multiple([0...99, 5_000...5_099], boundary: Self.fixedBoundary))
        #expect(result.statusCode == 206)
    }

    @Test("Overlapping ranges collapse into a single 206")
    func coalescedToSingle() {
        #expect(plan(range: "bytes=0-99,50-149,150-199") == .single(0...199))
    }

    @Test("Many small ranges costing more than the file give the whole file")
    func manySmallRanges() {
        // 50 one-byte ranges with gaps: each part costs ~80 bytes of headers for one byte of data.
        let header = "bytes=" + (0..<50).map { "\($0 * 2)-\($0 * 2)" }.joined(separator: ",")
        #expect(plan(range: header, size: 1_000) == .full)
        // The same ranges of a large file are worth sending as multipart.
        guard case .multiple(let ranges, _) = plan(range: header, size: 1_000_000) else {
            Issue.record("Expected a multipart plan")
            return
        }
        #expect(ranges.count == 50)
    }

    @Test("The cost check is exact: the whole file wins only when multipart is at least as large")
    func costThreshold() throws {
        let ranges: [ClosedRange<Int64>] = [0...0, 2...2]
        // The body length depends on the size only through its digit count, so measure it with a 3-digit size.
        let body = try MultipartByteRanges(
            boundary: Self.fixedBoundary,
            contentType: "text/plain",
            size: 100,
            ranges: ranges
        )
        #expect(body.contentLength == 232)
        #expect(
            plan(range: "bytes=0-0,2-2", size: 233, contentType: "text/plain")
                == .multiple(ranges, boundary: Self.fixedBoundary)
        )
        #expect(plan(range: "bytes=0-0,2-2", size: 232, contentType: "text/plain") == .full)
    }

    @Test("An invalid injected boundary falls back to the whole file")
    func invalidBoundary() {
        let result = RangeResponsePlanner.plan(
            method: "GET",
            rangeHeader: "bytes=0-9,100-109",
            ifRangeHeader: nil,
            etag: Self.etag,
            lastModified: Self.lastModified,
            size: 10_000,
            makeBoundary: { "" }
        )
        #expect(result == .full)
    }

    @Test("The boundary generator is only asked for when several ranges are planned")
    func boundaryOnlyWhenNeeded() {
        var calls = 0
        let makeBoundary = {
            calls += 1
            return Self.fixedBoundary
        }
        for header in ["bytes=0-9", "bytes=20000-", "bytes=0-9,5-20"] {
            _ = RangeResponsePlanner.plan(
                method: "GET",
                rangeHeader: header,
                ifRangeHeader: nil,
                etag: Self.etag,
                lastModified: Self.lastModified,
                size: 10_000,
                makeBoundary: makeBoundary
            )
        }
        #expect(calls == 0)
        _ = RangeResponsePlanner.plan(
            method: "GET",
            rangeHeader: "bytes=0-9,50-59",
            ifRangeHeader: nil,
            etag: Self.etag,
            lastModified: Self.lastModified,
            size: 10_000,
            makeBoundary: makeBoundary
        )
        #expect(calls == 1)
    }

    @Test(
        "A zero-length file ignores Range and is sent whole",
        arguments: ["bytes=0-", "bytes=-5", "bytes=0-0", "bytes=-0"])
    func zeroLengthFile(header: String) {
        #expect(plan(range: header, size: 0) == .full)
    }

    // MARK: If-Range

    @Test("If-Range with our strong ETag honours Range", arguments: ["\"abc123\"", "  \"abc123\" "])
    func ifRangeStrongMatch(ifRange: String) {
        #expect(plan(range: "bytes=0-9", ifRange: ifRange) == .single(0...9))
        #expect(plan(range: "bytes=20000-", ifRange: ifRange) == .unsatisfiable)
    }

    @Test(
        "If-Range with any other ETag sends the whole file",
        arguments: [
            "\"other\"",
            "W/\"abc123\"",
            "\"ABC123\"",
            "\"abc123",
            "\"abc123\", \"abc123\"",
            "w/\"abc123\"",
            "",
        ]
    )
    func ifRangeMismatch(ifRange: String) {
        #expect(plan(range: "bytes=0-9", ifRange: ifRange) == .full)
        // The whole file is also the answer where the range would have been unsatisfiable.
        #expect(plan(range: "bytes=20000-", ifRange: ifRange) == .full)
    }

    @Test("A weak ETag of ours never matches If-Range, even when identical")
    func ifRangeWeakCurrentTag() {
        let result = RangeResponsePlanner.plan(
            method: "GET",
            rangeHeader: "bytes=0-9",
            ifRangeHeader: "W/\"abc123\"",
            etag: "W/\"abc123\"",
            lastModified: Self.lastModified,
            size: 10_000
        )
        #expect(result == .full)
    }

    @Test(
        "If-Range with exactly the Last-Modified date honours Range, in all three date forms",
        arguments: [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ]
    )
    func ifRangeDateMatch(ifRange: String) {
        #expect(plan(range: "bytes=0-9", ifRange: ifRange) == .single(0...9))
    }

    @Test(
        "If-Range with another or malformed date sends the whole file",
        arguments: [
            "Sun, 06 Nov 1994 08:49:36 GMT",
            "Sun, 06 Nov 1994 08:49:38 GMT",
            "Sun, 06 Nov 1995 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "06 Nov 1994 08:49:37",
            "yesterday",
        ]
    )
    func ifRangeDateMismatch(ifRange: String) {
        #expect(plan(range: "bytes=0-9", ifRange: ifRange) == .full)
    }

    @Test("If-Range is applied to HEAD exactly as to GET")
    func ifRangeHead() {
        #expect(plan(method: "HEAD", range: "bytes=0-9", ifRange: "\"abc123\"") == .single(0...9))
        #expect(plan(method: "HEAD", range: "bytes=0-9", ifRange: "\"nope\"") == .full)
    }

    @Test("Content-Range values")
    func contentRangeValues() {
        #expect(ContentRange.bytes(0...499, size: 1_234) == "bytes 0-499/1234")
        #expect(ContentRange.unsatisfied(size: 1_234) == "bytes */1234")
    }
}
