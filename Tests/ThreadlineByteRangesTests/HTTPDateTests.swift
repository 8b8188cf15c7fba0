import Foundation
import Testing
import ThreadlineByteRanges

@Suite("HTTP dates")
struct HTTPDateTests {
    /// Sun, 06 Nov 1994 08:49:37 GMT, the example date of RFC 9110 §5.6.7.
    private static let example = Date(timeIntervalSince1970: 784_111_777)
    /// 2025-06-01T00:00:00Z, a fixed "now" for two-digit years.
    private static let now = Date(timeIntervalSince1970: 1_748_736_000)

    @Test(
        "Formatting produces IMF-fixdate",
        arguments: [
            (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
            (784_111_777.999, "Sun, 06 Nov 1994 08:49:37 GMT"),
            (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
            (-0.5, "Wed, 31 Dec 1969 23:59:59 GMT"),
            (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
            (1_748_736_000, "Sun, 01 Jun 2025 00:00:00 GMT"),
            (.infinity, "Fri, 31 Dec 9999 23:59:59 GMT"),
            (-.infinity, "Mon, 01 Jan 0001 00:00:00 GMT"),
            (.nan, "Thu, 01 Jan 1970 00:00:00 GMT"),
        ] as [(TimeInterval, String)]
    )
    func format(seconds: TimeInterval, expected: String) {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test("Formatting agrees with Foundation's DateFormatter across centuries")
    func formatMatchesDateFormatter() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        // Step by a prime number of seconds so that every weekday, month and time of day is visited.
        var seconds: Int64 = -2_208_988_800  // 1900-01-01
        while seconds < 4_102_444_800 {  // 2100-01-01
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(HTTPDate.format(date) == formatter.string(from: date))
            seconds += 9_999_991
        }
    }

    @Test("Formatting then parsing returns the same instant, from year 1 to 9999")
    func roundTrip() throws {
        var seconds: Int64 = -62_135_596_800
        while seconds <= 253_402_300_799 {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let text = HTTPDate.format(date)
            #expect(try HTTPDate.date(parsing: text) == date, "\(text)")
            seconds += 86_400 * 997 + 3_607
        }
    }

    @Test(
        "The three forms RFC 9110 requires recipients to accept",
        arguments: [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            " Sun, 06 Nov 1994 08:49:37 GMT\t",
        ]
    )
    func threeForms(text: String) throws {
        #expect(try HTTPDate.date(parsing: text, now: Self.now) == Self.example)
        #expect(HTTPDate.parse(text, now: Self.now) == Self.example)
    }

    @Test("asctime accepts two-digit days")
    func asctimeTwoDigitDay() {
        #expect(HTTPDate.parse("Wed Nov 16 08:49:37 1994") == Date(timeIntervalSince1970: 784_111_777 + 10 * 86_400))
    }

    @Test(
        "Two-digit RFC 850 years more than 50 years ahead belong to the previous century",
        arguments: [
            ("Sunday, 06-Nov-94 08:49:37 GMT", 784_111_777),
            ("Wednesday, 06-Nov-30 08:49:37 GMT", 1_920_185_377),
            ("Wednesday, 06-Nov-75 08:49:37 GMT", 3_340_255_777),
            ("Saturday, 06-Nov-76 08:49:37 GMT", 216_118_177),
        ] as [(String, TimeInterval)]
    )
    func twoDigitYears(text: String, seconds: TimeInterval) {
        #expect(HTTPDate.parse(text, now: Self.now) == Date(timeIntervalSince1970: seconds))
    }

    @Test("Leap seconds and leap days are accepted")
    func leapValues() {
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:60 GMT") == Date(timeIntervalSince1970: 784_111_800))
        #expect(HTTPDate.parse("Tue, 29 Feb 2000 00:00:00 GMT") == Date(timeIntervalSince1970: 951_782_400))
    }

    @Test("The day name is validated but not cross-checked against the date")
    func dayNameNotCrossChecked() {
        #expect(HTTPDate.parse("Mon, 06 Nov 1994 08:49:37 GMT") == Self.example)
    }

    @Test(
        "Malformed dates are rejected with a reason and offset",
        arguments: [
            ("", HTTPDateParseError(.unrecognizedFormat, at: 0)),
            ("yesterday", HTTPDateParseError(.unrecognizedFormat, at: 0)),
            ("Sunday Nov  6 08:49:37 1994", HTTPDateParseError(.unrecognizedFormat, at: 0)),
            ("sun, 06 Nov 1994 08:49:37 GMT", HTTPDateParseError(.unknownDayName, at: 0)),
            ("Fun, 06 Nov 1994 08:49:37 GMT", HTTPDateParseError(.unknownDayName, at: 0)),
            ("Sundae, 06-Nov-94 08:49:37 GMT", HTTPDateParseError(.unknownDayName, at: 0)),
            ("Sun, 06 nov 1994 08:49:37 GMT", HTTPDateParseError(.unknownMonth, at: 8)),
            ("Sun, 06 Nob 1994 08:49:37 GMT", HTTPDateParseError(.unknownMonth, at: 8)),
            ("Sun, 06 Nov 1994 08:49:37 gmt", HTTPDateParseError(.expectedGMT, at: 26)),
            ("Sun, 06 Nov 1994 08:49:37 UTC", HTTPDateParseError(.expectedGMT, at: 26)),
            ("Sun, 06 Nov 1994 08:49:37", HTTPDateParseError(.expectedCharacter(" "), at: 25)),
            ("Sun, 6 Nov 1994 08:49:37 GMT", HTTPDateParseError(.expectedDigits(count: 2), at: 5)),
            ("Sun,06 Nov 1994 08:49:37 GMT", HTTPDateParseError(.expectedCharacter(" "), at: 4)),
            ("Sun, 06 Nov 94 08:49:37 GMT", HTTPDateParseError(.expectedDigits(count: 4), at: 12)),
            ("Sun, 06 Nov 1994 08-49-37 GMT", HTTPDateParseError(.expectedCharacter(":"), at: 19)),
            ("Sun, 06 Nov 1994 08:49:37 GMTx", HTTPDateParseError(.trailingCharacters, at: 29)),
            ("Sun, 31 Apr 1994 08:49:37 GMT", HTTPDateParseError(.fieldOutOfRange(.day, value: 31), at: 5)),
            ("Sun, 00 Apr 1994 08:49:37 GMT", HTTPDateParseError(.fieldOutOfRange(.day, value: 0), at: 5)),
            ("Thu, 29 Feb 1900 00:00:00 GMT", HTTPDateParseError(.fieldOutOfRange(.day, value: 29), at: 5)),
            ("Sun, 06 Nov 1994 24:00:00 GMT", HTTPDateParseError(.fieldOutOfRange(.hour, value: 24), at: 17)),
            ("Sun, 06 Nov 1994 08:60:00 GMT", HTTPDateParseError(.fieldOutOfRange(.minute, value: 60), at: 20)),
            ("Sun, 06 Nov 1994 08:49:61 GMT", HTTPDateParseError(.fieldOutOfRange(.second, value: 61), at: 23)),
            ("Sunday, 06 Nov 1994 08:49:37 GMT", HTTPDateParseError(.expectedCharacter("-"), at: 10)),
            ("Sunday, 06-Nov-1994 08:49:37 GMT", HTTPDateParseError(.expectedCharacter(" "), at: 17)),
            ("Sun, 06-Nov-94 08:49:37 GMT", HTTPDateParseError(.expectedCharacter(" "), at: 7)),
            ("Sun Nov 6 08:49:37 1994", HTTPDateParseError(.expectedDigits(count: 2), at: 8)),
            ("Sun Nov  6 08:49:37 94", HTTPDateParseError(.expectedDigits(count: 4), at: 20)),
            ("Sun Nov  6 08:49:37 1994 GMT", HTTPDateParseError(.trailingCharacters, at: 24)),
            ("Sun, 06 Nov 1994 08:49:37 GMT, and then some more text", HTTPDateParseError(.trailingCharacters, at: 29)),
        ]
    )
    func rejectsMalformed(text: String, expected: HTTPDateParseError) {
        #expect(HTTPDate.parse(text) == nil)
        #expect(throws: expected) { try HTTPDate.date(parsing: text) }
    }

    @Test("Over-long values are rejected before being examined")
    func tooLong() {
        let text = "Sun, 06 Nov 1994 08:49:37 GMT" + String(repeating: " ", count: 1_000_000)
        #expect(throws: HTTPDateParseError(.tooLong(limit: 64), at: 64)) { try HTTPDate.date(parsing: text) }
    }

    @Test("Error descriptions name the problem and the offset")
    func errorDescription() {
        let error = HTTPDateParseError(.fieldOutOfRange(.hour, value: 24), at: 17)
        #expect(error.description == "Invalid HTTP-date at byte offset 17: 24 is not a valid hour.")
    }
}
