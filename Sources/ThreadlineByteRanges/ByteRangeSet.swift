/// The parsed value of a `Range` header with the `bytes` unit (RFC 9110 §14.1.2 and §14.2).
///
/// Parsing and resolving are separate steps because the header is parsed before the file is known to exist, and
/// because whether a range is satisfiable depends on the file's current size.
///
/// ```swift
/// if let set = ByteRangeSet.parse("bytes=0-499, -500") {
///     let ranges = set.resolve(size: 10_000)  // [0...499, 9500...9999]
/// }
/// ```
public struct ByteRangeSet: Sendable, Hashable {
    /// The most range-specs a header may list before the whole header is treated as invalid.
    ///
    /// RFC 9110 §14.2 lets a server ignore a Range header whose many ranges look like a denial-of-service attempt
    /// (§17.15). Ignoring means answering 200 with the whole file, which is always a correct answer, so a header with
    /// more ranges than this parses as invalid (``ByteRangeParseError/Reason/tooManyRanges(limit:)``). Browsers
    /// seeking in media send exactly one range, so the limit never affects them.
    public static let maximumRangeCount = 100

    /// The range-specs in the order the client listed them; never empty.
    public let specs: [ByteRangeSpec]

    init(specs: [ByteRangeSpec]) {
        self.specs = specs
    }

    /// Parses a `Range` header value, returning `nil` for anything the server must or may ignore.
    ///
    /// Accepted: the unit `bytes` in any letter case, then `=`, then a comma-separated list of `first-last`,
    /// `first-` and `-suffixLength` specs. Optional whitespace is allowed around the commas and at both ends, and
    /// empty list elements are skipped as RFC 9110 §5.6.1.2 requires; whitespace anywhere else (around `=` or
    /// `-`) is invalid. Numbers may have leading zeros but must fit in `Int64`.
    ///
    /// A `nil` result means "ignore the header and answer 200" (RFC 9110 §14.2). Use ``init(parsing:)`` to learn why.
    ///
    /// - Parameter header: The field value of the `Range` header.
    /// - Returns: The parsed set, or `nil` if the header is invalid, uses another unit, or lists too many ranges.
    public static func parse(_ header: String) -> ByteRangeSet? {
        try? ByteRangeSet(parsing: header)
    }

    /// Parses a `Range` header value, explaining any failure.
    ///
    /// Accepts exactly what ``parse(_:)`` accepts.
    ///
    /// - Parameter header: The field value of the `Range` header.
    /// - Throws: ``ByteRangeParseError`` with the reason and the UTF-8 byte offset of the problem.
    public init(parsing header: String) throws(ByteRangeParseError) {
        self.init(specs: try ByteRangeSetParser.parse(header))
    }

    /// The byte ranges of a file of `size` bytes that the client asked for and that exist.
    ///
    /// Each spec is resolved as RFC 9110 §14.1.1 describes: a first-pos at or beyond `size` is unsatisfiable and
    /// dropped, a last-pos beyond the end is clamped to `size - 1`, a suffix longer than the file selects the whole
    /// file, and a zero-length suffix selects nothing. The surviving ranges are then sorted and any that overlap or
    /// touch are merged, which §14.6 allows "regardless of the order in which the corresponding range-spec appeared";
    /// this keeps a hostile `bytes=0-,0-,0-…` from multiplying the response size.
    ///
    /// - Parameter size: The current length of the file in bytes; zero or negative means an empty file.
    /// - Returns: Disjoint, non-adjacent ranges in ascending order, all inside `0..<size`; empty if none is
    ///   satisfiable (the caller answers 416).
    public func resolve(size: Int64) -> [ClosedRange<Int64>] {
        let satisfiable = specs.compactMap { $0.resolve(size: size) }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Int64>] = []
        merged.reserveCapacity(satisfiable.count)
        for range in satisfiable {
            // upperBound <= size - 1 < Int64.max, so adding 1 cannot overflow.
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
