import ThreadlineCore

/// Writes the numbers of a network report with a fixed count of decimals, a "." point and a "-" sign, whatever
/// the locale, so a report reads the same on every machine and in every test run.
enum ReportDecimal {
    /// What a report shows for a figure that has no value (a centralization of a one-member wave, say).
    static let missing = "–"

    /// `value` rounded half away from zero to `places` decimals (0...6) by ``FixedDecimal``, or ``missing`` when it
    /// is `nil`.
    static func fixed(_ value: Double?, places: Int) -> String {
        guard let value else { return missing }
        return FixedDecimal.string(value, places: places)
    }

    /// `share` (0...1) as a percentage with one decimal and a "%" sign, or ``missing`` when it is `nil`.
    static func percent(_ share: Double?) -> String {
        guard let share else { return missing }
        return fixed(share * 100, places: 1) + "%"
    }
}
