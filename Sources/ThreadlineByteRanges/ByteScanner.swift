/// A forward-only cursor over the UTF-8 bytes of a header value.
///
/// Every parser in this module walks its input exactly once through this type, so parsing time is linear in the
/// input length no matter how hostile the header is, and every failure can report the byte offset it happened at.
struct ByteScanner {
    /// The bytes being scanned; offsets reported in errors index into this array.
    let bytes: [UInt8]
    /// The offset of the next unread byte.
    private(set) var offset: Int
    /// One past the last byte that belongs to the value (trailing whitespace may have been cut off).
    private(set) var end: Int

    /// Creates a scanner over the UTF-8 encoding of `text`.
    init(_ text: String) {
        self.bytes = Array(text.utf8)
        self.offset = 0
        self.end = bytes.count
    }

    /// Whether every byte of the value has been consumed.
    var isAtEnd: Bool { offset >= end }

    /// The next unread byte, or `nil` at the end.
    var current: UInt8? { isAtEnd ? nil : bytes[offset] }

    /// The byte `distance` positions after the current one, or `nil` if that is past the end.
    func peek(ahead distance: Int) -> UInt8? {
        let index = offset + distance
        return index < end ? bytes[index] : nil
    }

    /// Consumes one byte; does nothing at the end.
    mutating func advance() {
        if offset < end { offset += 1 }
    }

    /// Consumes `byte` if it is next and reports whether it did.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        offset += 1
        return true
    }

    /// Consumes optional whitespace (RFC 9110 §5.6.3: `OWS = *( SP / HTAB )`).
    mutating func skipOptionalWhitespace() {
        while let byte = current, ASCII.isWhitespace(byte) { offset += 1 }
    }

    /// Cuts optional whitespace off both ends, as HTTP field parsing does (RFC 9110 §5.5).
    mutating func trimOptionalWhitespace() {
        skipOptionalWhitespace()
        while end > offset, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
    }

    /// Consumes bytes while `predicate` holds and returns them.
    mutating func consume(while predicate: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = offset
        while let byte = current, predicate(byte) { offset += 1 }
        return bytes[start..<offset]
    }

    /// Consumes `1*DIGIT` as a non-negative `Int64`.
    ///
    /// - Returns: `.noDigits` if the next byte is not a digit, `.overflow` if the value does not fit in `Int64`.
    ///   Leading zeros are accepted and never overflow, because each step multiplies the value so far.
    mutating func consumeDecimal() -> DecimalResult {
        guard let first = current, ASCII.isDigit(first) else { return .noDigits }
        var value: Int64 = 0
        var overflowed = false
        while let byte = current, ASCII.isDigit(byte) {
            // Keep consuming after an overflow so the caller's offset points past the whole number.
            if !overflowed {
                let shifted = value.multipliedReportingOverflow(by: 10)
                let added = shifted.partialValue.addingReportingOverflow(Int64(byte - ASCII.zero))
                overflowed = shifted.overflow || added.overflow
                value = added.partialValue
            }
            offset += 1
        }
        return overflowed ? .overflow : .value(value)
    }

    /// The outcome of ``consumeDecimal()``.
    enum DecimalResult: Equatable {
        case value(Int64)
        case noDigits
        case overflow
    }
}
