import Foundation

/// A calendar date that may be only a year ("2022"), a month ("2022-07") or a day ("2022-07-14").
///
/// Journeys are remembered as "July 2022", not as instants, so Threadline keeps exactly what was known
/// and shows it as written. It sorts by its earliest possible day, a year before its months.
public struct PartialDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The year, 1000–9999.
    public let year: Int
    /// The month, 1–12, when known.
    public let month: Int?
    /// The day of the month, when known (only with a month).
    public let day: Int?

    /// Creates a date, or `nil` when the parts do not make a real date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 forms `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let widths = [4, 2, 2]
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy(\.isASCIIDigit), let number = Int(part) else {
                return nil
            }
            numbers.append(number)
        }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil
        )
    }

    /// The ISO 8601 text: `2022`, `2022-07` or `2022-07-14`.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// How a person writes it: "2022", "July 2022", "14 July 2022".
    public var displayText: String {
        guard let month else { return String(year) }
        let name = PartialDate.monthNames[month - 1]
        if let day { return "\(day) \(name) \(year)" }
        return "\(name) \(year)"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a date")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
