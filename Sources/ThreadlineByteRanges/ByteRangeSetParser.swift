/// The single-pass parser behind ``ByteRangeSet/init(parsing:)``.
///
/// Grammar (RFC 9110 §14.1.1 and §14.2, with the list rule of §5.6.1):
/// ```
/// Range            = ranges-specifier
/// ranges-specifier = range-unit "=" range-set
/// range-set        = 1#range-spec
/// range-spec       = int-range / suffix-range / other-range
/// int-range        = first-pos "-" [ last-pos ]
/// suffix-range     = "-" suffix-length
/// ```
/// `other-range` only exists for units other than `bytes`, which this parser rejects before reaching the set.
enum ByteRangeSetParser {
    static func parse(_ header: String) throws(ByteRangeParseError) -> [ByteRangeSpec] {
        var scanner = ByteScanner(header)
        scanner.trimOptionalWhitespace()
        try parseUnit(&scanner)

        var specs: [ByteRangeSpec] = []
        while true {
            scanner.skipOptionalWhitespace()
            if scanner.isAtEnd { break }
            // Empty list elements ("bytes=0-1,,2-3") must be accepted and not counted (RFC 9110 §5.6.1.2).
            if scanner.consume(ASCII.comma) { continue }

            let specStart = scanner.offset
            let spec = try parseSpec(&scanner)
            // Stop as soon as the limit is passed, so a megabyte of ranges costs no more than 101 of them.
            guard specs.count < ByteRangeSet.maximumRangeCount else {
                throw ByteRangeParseError(.tooManyRanges(limit: ByteRangeSet.maximumRangeCount), at: specStart)
            }
            specs.append(spec)

            scanner.skipOptionalWhitespace()
            if scanner.isAtEnd { break }
            guard scanner.consume(ASCII.comma) else {
                throw ByteRangeParseError(.expectedComma, at: scanner.offset)
            }
        }
        guard !specs.isEmpty else {
            throw ByteRangeParseError(.emptyRangeSet, at: scanner.offset)
        }
        return specs
    }

    /// Consumes `range-unit "="`, requiring the unit to be `bytes` (case-insensitive, RFC 9110 §14.1).
    private static func parseUnit(_ scanner: inout ByteScanner) throws(ByteRangeParseError) {
        let unitStart = scanner.offset
        let unit = scanner.consume { $0 != ASCII.equals }
        guard scanner.consume(ASCII.equals) else {
            throw ByteRangeParseError(.missingEquals, at: scanner.offset)
        }
        guard !unit.isEmpty, unit.allSatisfy(ASCII.isTokenCharacter) else {
            throw ByteRangeParseError(.invalidUnit, at: unitStart)
        }
        let name = String(decoding: unit, as: UTF8.self)
        guard name.lowercased() == "bytes" else {
            throw ByteRangeParseError(.unsupportedUnit(name), at: unitStart)
        }
    }

    /// Consumes one `int-range` or `suffix-range`.
    private static func parseSpec(_ scanner: inout ByteScanner) throws(ByteRangeParseError) -> ByteRangeSpec {
        if scanner.consume(ASCII.hyphen) {
            return .suffix(length: try parseNumber(&scanner))
        }
        let firstStart = scanner.offset
        let first = try parseNumber(&scanner)
        guard scanner.consume(ASCII.hyphen) else {
            throw ByteRangeParseError(.expectedHyphen, at: scanner.offset)
        }
        guard let next = scanner.current, ASCII.isDigit(next) else {
            return .from(first: first)
        }
        let last = try parseNumber(&scanner)
        guard first <= last else {
            throw ByteRangeParseError(.lastBeforeFirst(first: first, last: last), at: firstStart)
        }
        return .closed(first: first, last: last)
    }

    private static func parseNumber(_ scanner: inout ByteScanner) throws(ByteRangeParseError) -> Int64 {
        let start = scanner.offset
        switch scanner.consumeDecimal() {
        case .value(let value):
            return value
        case .noDigits:
            throw ByteRangeParseError(.expectedDigit, at: start)
        case .overflow:
            throw ByteRangeParseError(.numberTooLarge, at: start)
        }
    }
}
