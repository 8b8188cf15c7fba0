public import Foundation

/// Decides how to answer a request for a file, applying RFC 9110 §14 (Range requests) and §13.1.5 (`If-Range`).
///
/// The planner works on plain header strings and file facts, so it can be tested without a server and used by any
/// HTTP framework. Conditional requests that lead to 304 or 412 (`If-None-Match`, `If-Match`, …) are evaluated by
/// the caller before planning, as RFC 9110 §13.2.2 orders them ahead of Range.
public enum RangeResponsePlanner {
    /// Plans the response to a request.
    ///
    /// The steps, in order:
    /// 1. Only GET has range semantics (RFC 9110 §14.2); HEAD gets the plan a GET would get, so its headers match,
    ///    and the caller omits the body. Any other method, or a method not spelled exactly `GET` or `HEAD` (methods
    ///    are case-sensitive, §9.1), gets ``RangeResponsePlan/full``.
    /// 2. No Range header, or one ``ByteRangeSet/parse(_:)`` rejects (bad syntax, another unit, more than
    ///    ``ByteRangeSet/maximumRangeCount`` ranges), gives ``RangeResponsePlan/full``: §14.2 says to ignore it.
    /// 3. An `If-Range` that does not match gives ``RangeResponsePlan/full`` (§13.1.5); see the parameter.
    /// 4. An empty file gives ``RangeResponsePlan/full``. §14.2 lets a server ignore Range for a representation
    ///    with no content, and it is the only consistent answer: a suffix range such as `bytes=-500` is
    ///    satisfiable by §14.1.1's definition, so 416 would be wrong for it, yet a 206 cannot describe zero bytes
    ///    because `Content-Range` needs `first <= last`.
    /// 5. If no range is satisfiable, ``RangeResponsePlan/unsatisfiable`` (416).
    /// 6. One range after merging gives ``RangeResponsePlan/single(_:)``, including `bytes=0-` for the whole file,
    ///    which media players expect to get as 206.
    /// 7. Several ranges give ``RangeResponsePlan/multiple(_:boundary:)``, unless the multipart body would be at
    ///    least as large as the file, in which case the whole file is cheaper and equally correct: §14.2 allows
    ///    ignoring such a Range header, and a 200 serves the client where a 416 would only make it retry.
    ///
    /// - Parameters:
    ///   - method: The request method, for example `GET`.
    ///   - rangeHeader: The `Range` field value, or `nil` if absent.
    ///   - ifRangeHeader: The `If-Range` field value, or `nil` if absent. It is honoured when it is a strong
    ///     entity-tag equal to `etag` (weak tags never match) or an HTTP-date equal to `lastModified` to the second.
    ///   - etag: The current `ETag` field value of the file, quotes included.
    ///   - lastModified: The modification time sent as `Last-Modified`.
    ///   - size: The current length of the file in bytes.
    ///   - contentType: The type sent in each part of a multipart answer, used only to measure that answer exactly;
    ///     pass the same value to ``MultipartByteRanges``.
    ///   - makeBoundary: Produces the multipart boundary; called only when several ranges are planned.
    /// - Returns: The plan for the response.
    public static func plan(
        method: String,
        rangeHeader: String?,
        ifRangeHeader: String?,
        etag: String,
        lastModified: Date,
        size: Int64,
        contentType: String? = nil,
        makeBoundary: () -> String = { MultipartBoundary.random() }
    ) -> RangeResponsePlan {
        guard method == "GET" || method == "HEAD" else { return .full }
        guard let rangeHeader, let rangeSet = ByteRangeSet.parse(rangeHeader) else { return .full }
        if let ifRangeHeader,
            !IfRangeCondition.isSatisfied(ifRange: ifRangeHeader, etag: etag, lastModified: lastModified)
        {
            return .full
        }
        guard size > 0 else { return .full }

        let ranges = rangeSet.resolve(size: size)
        switch ranges.count {
        case 0:
            return .unsatisfiable
        case 1:
            return .single(ranges[0])
        default:
            let boundary = makeBoundary()
            let body = try? MultipartByteRanges(
                boundary: boundary,
                contentType: contentType,
                size: size,
                ranges: ranges
            )
            // A body that cannot be laid out (say, a bad injected boundary) falls back to the always-valid 200.
            guard let body, body.contentLength < size else { return .full }
            return .multiple(ranges, boundary: boundary)
        }
    }
}
