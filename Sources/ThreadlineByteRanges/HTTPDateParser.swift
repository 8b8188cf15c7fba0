/// The parser behind ``HTTPDate/date(parsing:now:)``; it returns whole seconds since 1970-01-01T00:00:00Z.
///
/// Grammar (RFC 9110 §5.6.7), with `SP` a single space:
/// ```
/// IMF-fixdate  = day-name "," SP day SP month SP year SP hour ":" minute ":" second SP "GMT"
/// rfc850-date  = day-name-l "," SP day "-" month "-" 2DIGIT SP hour ":" minute ":" second SP "GMT"
/// asctime-date = day-name SP month SP ( 2DIGIT / ( SP DIGIT ) ) SP hour ":" minute ":" second SP year
/// ```
/// The three forms differ right after the leading letters, which is how the parser tells them apart.
struct HTTPDateParser {
    /// The longest value, surrounding whitespace included, that is examined at all. The longest form,
    /// `Wednesday, 09-Nov-94 08:49:37 GMT`, has 34 bytes; rejecting longer values before copying their bytes keeps
    /// hostile megabyte values cheap.
    static let maximumLength = 64

    private static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private var scanner: ByteScanner
    private let currentYear: Int64

    static func parse(_ text: String, currentYear: Int64) throws(HTTPDateParseError) -> Int64 {
        guard text.utf8.count <= maximumLength else {
            throw HTTPDateParseError(.tooLong(limit: maximumLength), at: maximumLength)
        }
        var parser = HTTPDateParser(scanner: ByteScanner(text), currentYear: currentYear)
        return try parser.parseDate()
    }

    private mutating func parseDate() throws(HTTPDateParseError) -> Int64 {
        scanner.trimOptionalWhitespace()
        let nameStart = scanner.offset
        let name = String(decoding: scanner.consume(while: ASCII.isLetter), as: UTF8.self)
        let afterName = scanner.current
        if name.utf8.count == 3 && afterName == ASCII.comma {
            try requireDayName(name, in: HTTPDate.dayNames, at: nameStart)
            return try parseIMFFixdateRest()
        }
        if name.utf8.count == 3 && afterName == ASCII.space {
            try requireDayName(name, in: HTTPDate.dayNames, at: nameStart)
            return try parseAsctimeRest()
        }
        if name.utf8.count > 3 && afterName == ASCII.comma {
            try requireDayName(name, in: Self.longDayNames, at: nameStart)
            return try parseRFC850Rest()
        }
        throw HTTPDateParseError(.unrecognizedFormat, at: nameStart)
    }

    /// `", 06 Nov 1994 08:49:37 GMT"`
    private mutating func parseIMFFixdateRest() throws(HTTPDateParseError) -> Int64 {
        try expect(",")
        try expect(" ")
        let dayStart = scanner.offset
        let day = try digits(2)
        try expect(" ")
        let month = try monthNumber()
        try expect(" ")
        let year = Int64(try digits(4))
        try expect(" ")
        let secondOfDay = try timeOfDay()
        try expect(" ")
        try expectGMT()
        return try finish(year: year, month: month, day: day, dayOffset: dayStart, secondOfDay: secondOfDay)
    }

    /// `", 06-Nov-94 08:49:37 GMT"`
    private mutating func parseRFC850Rest() throws(HTTPDateParseError) -> Int64 {
        try expect(",")
        try expect(" ")
        let dayStart = scanner.offset
        let day = try digits(2)
        try expect("-")
        let month = try monthNumber()
        try expect("-")
        let year = expandTwoDigitYear(try digits(2))
        try expect(" ")
        let secondOfDay = try timeOfDay()
        try expect(" ")
        try expectGMT()
        return try finish(year: year, month: month, day: day, dayOffset: dayStart, secondOfDay: secondOfDay)
    }

    /// `" Nov  6 08:49:37 1994"`
    private mutating func parseAsctimeRest() throws(HTTPDateParseError) -> Int64 {
        try expect(" ")
        let month = try monthNumber()
        try expect(" ")
        let dayStart = scanner.offset
        // A one-digit day is padded with a space, not a zero.
        if scanner.current == ASCII.space {
            scanner.advance()
        }
        let day = try digits(scanner.offset == dayStart ? 2 : 1)
        try expect(" ")
        let secondOfDay = try timeOfDay()
        try expect(" ")
        let year = Int64(try digits(4))
        return try finish(year: year, month: month, day: day, dayOffset: dayStart, secondOfDay: secondOfDay)
    }

    /// Checks the day and the end of input, then combines the parts.
    private func finish(
        year: Int64,
        month: Int,
        day: Int,
        dayOffset: Int,
        secondOfDay: Int64
    ) throws(HTTPDateParseError) -> Int64 {
        guard scanner.isAtEnd else {
            throw HTTPDateParseError(.trailingCharacters, at: scanner.offset)
        }
        guard day >= 1, day <= CivilDate.numberOfDays(inMonth: month, year: year) else {
            throw HTTPDateParseError(.fieldOutOfRange(.day, value: day), at: dayOffset)
        }
        let days = CivilDate(year: year, month: month, day: day).daysSinceEpoch
        return days * HTTPDate.secondsPerDay + secondOfDay
    }

    /// RFC 9110 §5.6.7: a two-digit year that would be more than 50 years in the future is in the past century.
    private func expandTwoDigitYear(_ twoDigits: Int) -> Int64 {
        let candidate = currentYear - currentYear % 100 + Int64(twoDigits)
        return candidate > currentYear + 50 ? candidate - 100 : candidate
    }

    /// `hour ":" minute ":" second`, returned as seconds since midnight.
    private mutating func timeOfDay() throws(HTTPDateParseError) -> Int64 {
        let hour = try boundedDigits(.hour, maximum: 23)
        try expect(":")
        let minute = try boundedDigits(.minute, maximum: 59)
        try expect(":")
        let second = try boundedDigits(.second, maximum: 60)
        return Int64(hour * 3600 + minute * 60 + second)
    }

    private mutating func boundedDigits(
        _ field: HTTPDateParseError.Field,
        maximum: Int
    ) throws(HTTPDateParseError) -> Int {
        let start = scanner.offset
        let value = try digits(2)
        guard value <= maximum else {
            throw HTTPDateParseError(.fieldOutOfRange(field, value: value), at: start)
        }
        return value
    }

    private mutating func monthNumber() throws(HTTPDateParseError) -> Int {
        let start = scanner.offset
        var name: [UInt8] = []
        for _ in 0..<3 {
            guard let byte = scanner.current, ASCII.isLetter(byte) else { break }
            name.append(byte)
            scanner.advance()
        }
        guard let index = HTTPDate.monthNames.firstIndex(where: { $0.utf8.elementsEqual(name) }) else {
            throw HTTPDateParseError(.unknownMonth, at: start)
        }
        return index + 1
    }

    /// Exactly `count` decimal digits.
    private mutating func digits(_ count: Int) throws(HTTPDateParseError) -> Int {
        let start = scanner.offset
        var value = 0
        for _ in 0..<count {
            guard let byte = scanner.current, ASCII.isDigit(byte) else {
                throw HTTPDateParseError(.expectedDigits(count: count), at: start)
            }
            value = value * 10 + Int(byte - ASCII.zero)
            scanner.advance()
        }
        return value
    }

    private mutating func expect(_ character: Character) throws(HTTPDateParseError) {
        // Every character passed here is ASCII, so its first UTF-8 byte is the whole character.
        guard let byte = character.utf8.first, scanner.consume(byte) else {
            throw HTTPDateParseError(.expectedCharacter(character), at: scanner.offset)
        }
    }

    private mutating func expectGMT() throws(HTTPDateParseError) {
        let start = scanner.offset
        for byte in "GMT".utf8 {
            guard scanner.consume(byte) else {
                throw HTTPDateParseError(.expectedGMT, at: start)
            }
        }
    }

    private func requireDayName(_ name: String, in names: [String], at offset: Int) throws(HTTPDateParseError) {
        guard names.contains(name) else {
            throw HTTPDateParseError(.unknownDayName, at: offset)
        }
    }
}
