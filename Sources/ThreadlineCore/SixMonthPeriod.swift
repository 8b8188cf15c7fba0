public import Foundation

/// Half a calendar year, the span Counts and Measures are reported for: January–June (`half` 1) or July–December
/// (`half` 2) of a year from 1900 to 2200.
///
/// The canonical text is "2024 H1"; ``init(_:)`` also reads the forms people type ("2024-H1", "2024H1", "H1 2024",
/// lower case), and it is coded as that canonical text so stored files stay readable. Every value lies between
/// ``earliest`` and ``latest``, so ``next`` and ``previous`` are `nil` at the ends rather than leaving the range
/// the parser accepts.
public struct SixMonthPeriod: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year, 1900…2200.
    public let year: Int
    /// 1 for January–June, 2 for July–December.
    public let half: Int

    /// The years accepted; a wider range would mostly let typing mistakes ("20244 H1", "224 H1") through.
    public static let years: ClosedRange<Int> = 1900...2200
    /// The first period there can be: 1900 H1.
    public static let earliest = SixMonthPeriod(checkedYear: years.lowerBound, half: 1)
    /// The last period there can be: 2200 H2.
    public static let latest = SixMonthPeriod(checkedYear: years.upperBound, half: 2)

    /// The period, or `nil` when `half` is not 1 or 2 or `year` is outside ``years``.
    public init?(year: Int, half: Int) {
        guard Self.years.contains(year), half == 1 || half == 2 else { return nil }
        self.init(checkedYear: year, half: half)
    }

    private init(checkedYear year: Int, half: Int) {
        self.year = year
        self.half = half
    }

    /// Reads "2024 H1", "2024-H1", "2024H1", "H1 2024" or "H1-2024", in either case, with spaces around;
    /// `nil` for anything else (``problem(with:)`` says why).
    public init?(_ text: String) {
        guard let parsed = Self.parse(text) else { return nil }
        self = parsed
    }

    /// The half-year holding `date`, reckoned in UTC so every server agrees; `nil` outside 1900–2200.
    public init?(containing date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month], from: date)
        guard let year = parts.year, let month = parts.month else { return nil }
        self.init(year: year, half: month <= 6 ? 1 : 2)
    }

    /// The canonical text, "2024 H1".
    public var description: String { "\(year) H\(half)" }

    /// The months spelled out for people: "January–June 2024", "July–December 2024".
    public var label: String { half == 1 ? "January–June \(year)" : "July–December \(year)" }

    /// The half-year after this one, or `nil` after ``latest``.
    public var next: SixMonthPeriod? {
        half == 1 ? SixMonthPeriod(year: year, half: 2) : SixMonthPeriod(year: year + 1, half: 1)
    }

    /// The half-year before this one, or `nil` before ``earliest``.
    public var previous: SixMonthPeriod? {
        half == 2 ? SixMonthPeriod(year: year, half: 1) : SixMonthPeriod(year: year - 1, half: 2)
    }

    /// Every period from `from` to `to`, both included, in order; empty when `from` is after `to`.
    ///
    /// The list is never longer than the 602 periods from ``earliest`` to ``latest``, since no period lies
    /// outside them.
    public static func through(_ from: SixMonthPeriod, _ to: SixMonthPeriod) -> [SixMonthPeriod] {
        guard from <= to else { return [] }
        var periods: [SixMonthPeriod] = []
        periods.reserveCapacity((to.year - from.year) * 2 + 2)
        var current: SixMonthPeriod? = from
        while let period = current, period <= to {
            periods.append(period)
            current = period.next
        }
        return periods
    }

    /// Whether `lhs` comes before `rhs`: by year, then January–June before July–December.
    public static func < (lhs: SixMonthPeriod, rhs: SixMonthPeriod) -> Bool {
        (lhs.year, lhs.half) < (rhs.year, rhs.half)
    }

    /// Decodes the canonical text (or any form ``init(_:)`` reads), refusing anything else with a
    /// `DecodingError.dataCorrupted` whose description is ``problem(with:)``'s sentence.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Self.parse(text) else {
            let sentence = Self.problem(with: text) ?? "Not a six-month period."
            throw DecodingError.dataCorruptedError(in: container, debugDescription: sentence)
        }
        self = period
    }

    /// Encodes the canonical text, "2024 H1".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
