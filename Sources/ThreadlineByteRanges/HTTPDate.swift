public import Foundation

/// Formats and parses HTTP-date values (RFC 9110 §5.6.7), as used by `Last-Modified`, `Date` and `If-Range`.
public enum HTTPDate {
    /// Formats `date` as an IMF-fixdate, for example `Sun, 06 Nov 1994 08:49:37 GMT`.
    ///
    /// Fractions of a second are dropped (rounded toward the past), because HTTP dates have whole-second
    /// resolution and `If-Range` compares them exactly with the truncated `Last-Modified`. Dates outside the years
    /// 0001–9999, which a four-digit year cannot show, are clamped to that range, and NaN is formatted as the epoch.
    ///
    /// - Parameter date: The instant to format.
    /// - Returns: The 29-byte IMF-fixdate in GMT.
    public static func format(_ date: Date) -> String {
        let seconds = wholeSeconds(of: date)
        let days = floorDivide(seconds, by: secondsPerDay)
        let secondOfDay = Int(seconds - days * secondsPerDay)
        let civil = CivilDate(daysSinceEpoch: days)

        var text = dayNames[CivilDate.weekday(daysSinceEpoch: days)] + ", "
        text += twoDigits(civil.day) + " " + monthNames[civil.month - 1] + " " + fourDigits(civil.year) + " "
        text +=
            twoDigits(secondOfDay / 3600) + ":" + twoDigits(secondOfDay / 60 % 60) + ":" + twoDigits(secondOfDay % 60)
        return text + " GMT"
    }

    /// Parses an HTTP-date in any of the three forms RFC 9110 §5.6.7 requires recipients to accept.
    ///
    /// - `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, the preferred form)
    /// - `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete RFC 850 form)
    /// - `Sun Nov  6 08:49:37 1994` (obsolete asctime form)
    ///
    /// Names and `GMT` are case-sensitive as the grammar specifies, surrounding whitespace is ignored, and the day
    /// name must be a real one but is not checked against the date, which alone determines the result. A second
    /// value of 60 (a leap second) is accepted and counts as the first second of the next minute.
    ///
    /// - Parameters:
    ///   - text: The field value.
    ///   - now: The current time, used only to place a two-digit RFC 850 year: a year that would be more than 50
    ///     years in the future is taken to be in the previous century, as §5.6.7 requires.
    /// - Returns: The instant, or `nil` if `text` is not an HTTP-date.
    public static func parse(_ text: String, now: Date = Date()) -> Date? {
        try? date(parsing: text, now: now)
    }

    /// Parses an HTTP-date like ``parse(_:now:)``, explaining any failure.
    ///
    /// - Parameters:
    ///   - text: The field value.
    ///   - now: The current time, used only to place a two-digit RFC 850 year.
    /// - Throws: ``HTTPDateParseError`` with the reason and the UTF-8 byte offset of the problem.
    /// - Returns: The instant the value denotes.
    public static func date(parsing text: String, now: Date = Date()) throws(HTTPDateParseError) -> Date {
        let currentYear = CivilDate(daysSinceEpoch: floorDivide(wholeSeconds(of: now), by: secondsPerDay)).year
        let seconds = try HTTPDateParser.parse(text, currentYear: currentYear)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `date` in whole seconds since 1970, rounded toward the past and clamped to years 0001–9999.
    ///
    /// Clamping first keeps the conversion to `Int64` from trapping on infinite or enormous values.
    static func wholeSeconds(of date: Date) -> Int64 {
        let interval = date.timeIntervalSince1970
        guard !interval.isNaN else { return 0 }
        return Int64(min(max(interval.rounded(.down), earliestSecond), latestSecond))
    }

    static let secondsPerDay: Int64 = 86_400
    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
    private static let earliestSecond: Double = -62_135_596_800
    private static let latestSecond: Double = 253_402_300_799

    private static func floorDivide(_ value: Int64, by divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func fourDigits(_ value: Int64) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
