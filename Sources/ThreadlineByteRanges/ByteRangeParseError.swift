/// Why a `Range` header value could not be parsed, and where.
///
/// RFC 9110 §14.2 tells a server to ignore a Range header it cannot use, so callers normally just answer 200;
/// this error exists so that the reason can be logged precisely.
public struct ByteRangeParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of problem the parser reports.
    public enum Reason: Hashable, Sendable {
        /// The value has no `=` separating the range unit from the range set.
        case missingEquals
        /// The range unit is empty or contains a byte that is not a `tchar`.
        case invalidUnit
        /// The range unit is well formed but is not `bytes`; RFC 9110 §14.2 says to ignore the header.
        case unsupportedUnit(String)
        /// The range set contains no range-spec at all (for example `bytes=` or `bytes=,`).
        case emptyRangeSet
        /// A digit was required (a first-pos, or the length of a suffix range) but something else was found.
        case expectedDigit
        /// A first-pos was not followed by `-`.
        case expectedHyphen
        /// A number does not fit in a signed 64-bit integer.
        case numberTooLarge
        /// A `first-last` range has `last < first`, which RFC 9110 §14.1.1 calls invalid.
        case lastBeforeFirst(first: Int64, last: Int64)
        /// A range-spec was followed by something other than optional whitespace and a comma.
        case expectedComma
        /// The header lists more range-specs than ``ByteRangeSet/maximumRangeCount``.
        case tooManyRanges(limit: Int)
    }

    /// What went wrong.
    public let reason: Reason
    /// The offset, in UTF-8 bytes from the start of the header value, where the problem was detected.
    public let byteOffset: Int

    /// Creates an error for `reason` detected at `byteOffset`.
    public init(_ reason: Reason, at byteOffset: Int) {
        self.reason = reason
        self.byteOffset = byteOffset
    }

    /// A sentence describing the problem and its position.
    public var description: String {
        "Invalid Range header at byte offset \(byteOffset): \(explanation)."
    }

    private var explanation: String {
        switch reason {
        case .missingEquals:
            return "expected '=' after the range unit"
        case .invalidUnit:
            return "the range unit must be a non-empty token"
        case .unsupportedUnit(let unit):
            return "the range unit '\(unit)' is not supported, only 'bytes' is"
        case .emptyRangeSet:
            return "the range set contains no range"
        case .expectedDigit:
            return "expected a decimal digit"
        case .expectedHyphen:
            return "expected '-' after the first byte position"
        case .numberTooLarge:
            return "the number does not fit in a signed 64-bit integer"
        case .lastBeforeFirst(let first, let last):
            return "the last byte position \(last) is before the first byte position \(first)"
        case .expectedComma:
            return "expected ',' between ranges"
        case .tooManyRanges(let limit):
            return "more than \(limit) ranges were requested"
        }
    }
}
