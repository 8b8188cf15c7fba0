/// Why a ``MultipartByteRanges`` body could not be laid out.
///
/// These are programming errors in the caller rather than client mistakes: the planner only produces valid
/// boundaries and in-bounds ranges. They are reported instead of trapping so that a server keeps running.
public enum MultipartByteRangesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The list of ranges is empty; a multipart body needs at least one part.
    case noRanges
    /// The boundary breaks RFC 2046 §5.1.1 (1 to 70 of its allowed characters, not ending in a space) at the
    /// given UTF-8 byte offset.
    case invalidBoundary(String, byteOffset: Int)
    /// The part content type contains a control character at the given UTF-8 byte offset, which would end the
    /// header line early and let the rest be read as another header.
    case invalidContentType(String, byteOffset: Int)
    /// The range at `index` is not inside `0..<size`.
    case rangeOutOfBounds(ClosedRange<Int64>, index: Int, size: Int64)
    /// The body would be longer than `Int64.max` bytes, which only overlapping ranges of a huge file can cause.
    case contentLengthOverflow

    /// A sentence describing the problem and where it is.
    public var description: String {
        switch self {
        case .noRanges:
            return "A multipart/byteranges body needs at least one range."
        case .invalidBoundary(let boundary, let offset):
            return "The multipart boundary \(boundary.debugDescription) is invalid at byte offset \(offset)."
        case .invalidContentType(let contentType, let offset):
            return "The part content type \(contentType.debugDescription) has a control character at byte offset "
                + "\(offset)."
        case .rangeOutOfBounds(let range, let index, let size):
            return "Range \(index) (\(range.lowerBound)-\(range.upperBound)) is outside a file of \(size) bytes."
        case .contentLengthOverflow:
            return "The multipart/byteranges body would be longer than Int64.max bytes."
        }
    }
}
