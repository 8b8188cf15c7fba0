/// What kind of response to send for a request that may carry a `Range` header.
///
/// The plan is a decision only; the handler turns it into status, headers and body. Every response to a GET or
/// HEAD on a seekable file should carry `Accept-Ranges: bytes` so that browsers know they may seek.
public enum RangeResponsePlan: Sendable, Hashable {
    /// 200 OK with the whole file: no Range header, or one that was ignored (invalid, wrong method, failed
    /// `If-Range`, empty file, or a multipart answer that would be larger than the file).
    case full
    /// 206 Partial Content with `Content-Range: bytes a-b/size` and the bytes of the range as the body.
    case single(ClosedRange<Int64>)
    /// 206 Partial Content with `Content-Type: multipart/byteranges; boundary=…`; build the body with
    /// ``MultipartByteRanges`` using the same ranges and boundary. The ranges are ascending and disjoint.
    case multiple([ClosedRange<Int64>], boundary: String)
    /// 416 Range Not Satisfiable with `Content-Range: bytes */size`: none of the requested ranges exists.
    case unsatisfiable

    /// The HTTP status code of the response: 200, 206 or 416.
    public var statusCode: Int {
        switch self {
        case .full: return 200
        case .single, .multiple: return 206
        case .unsatisfiable: return 416
        }
    }
}
