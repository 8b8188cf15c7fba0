/// One `range-spec` of a `bytes` Range header, as written by the client (RFC 9110 §14.1.1).
///
/// The values are not yet related to any file; ``ByteRangeSet/resolve(size:)`` does that.
public enum ByteRangeSpec: Sendable, Hashable {
    /// `first-last`: the bytes from `first` through `last`, both inclusive. The parser guarantees `first <= last`.
    case closed(first: Int64, last: Int64)
    /// `first-`: the bytes from `first` to the end of the file.
    case from(first: Int64)
    /// `-length`: the last `length` bytes of the file.
    case suffix(length: Int64)

    /// The bytes of a file of `size` bytes that this spec selects, or `nil` if it selects none (RFC 9110 §14.1.1).
    ///
    /// A first-pos at or after the end is unsatisfiable; a last-pos after the end is clamped; a suffix longer than
    /// the file means the whole file; a zero-length suffix selects nothing.
    func resolve(size: Int64) -> ClosedRange<Int64>? {
        guard size > 0 else { return nil }
        switch self {
        case .closed(let first, let last):
            guard first < size, first <= last, first >= 0 else { return nil }
            return first...min(last, size - 1)
        case .from(let first):
            guard first < size, first >= 0 else { return nil }
            return first...(size - 1)
        case .suffix(let length):
            guard length > 0 else { return nil }
            return max(size - length, 0)...(size - 1)
        }
    }
}
