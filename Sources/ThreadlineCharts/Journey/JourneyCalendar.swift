import ThreadlineCore

/// Where partial dates sit on a time axis, and how they are written in short labels.
///
/// Positions are in years (2019.5 is about the start of July 2019). A date known only to its year or month sits at
/// the *start* of that year or month, so 2019 < 2019-03 < 2019-03-05 on the axis just as they sort. This keeps its
/// own month table because `PartialDate`'s is internal to Core.
enum JourneyCalendar {
    static let shortMonthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Gregorian leap years.
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInYear(_ year: Int) -> Int { isLeapYear(year) ? 366 : 365 }

    /// Days in the months before `month` (1–12; clamped, so a bad month cannot index out of range).
    static func daysBefore(month: Int, year: Int) -> Int {
        let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        let index = min(max(month, 1), 12) - 1
        return cumulative[index] + (index >= 2 && isLeapYear(year) ? 1 : 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        let clamped = min(max(month, 1), 12)
        if clamped == 12 { return 31 }
        return daysBefore(month: clamped + 1, year: year) - daysBefore(month: clamped, year: year)
    }

    /// The position of the first day the date could mean.
    static func startPosition(of date: PartialDate) -> Double {
        guard let month = date.month else { return Double(date.year) }
        let offset = daysBefore(month: month, year: date.year) + (date.day ?? 1) - 1
        return Double(date.year) + Double(offset) / Double(daysInYear(date.year))
    }

    /// The position just after the last day the date could mean (the start of the next year, month or day).
    static func endPosition(of date: PartialDate) -> Double {
        guard let month = date.month else { return Double(date.year + 1) }
        let before = daysBefore(month: month, year: date.year)
        let offset = before + (date.day ?? daysIn(month: month, year: date.year))
        return Double(date.year) + Double(offset) / Double(daysInYear(date.year))
    }

    /// "2019", "Mar 2019" or "5 Mar 2019": short enough for a label under a marker.
    static func shortText(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        let name = shortMonthNames[min(max(month, 1), 12) - 1]
        if let day = date.day { return "\(day) \(name) \(date.year)" }
        return "\(name) \(date.year)"
    }

    /// "2018 to 2019", "March 2020 to June 2021" or "from 2020" (open era).
    static func spanText(_ era: JourneyEra) -> String {
        guard let end = era.end else { return "from \(era.start.displayText)" }
        return "\(era.start.displayText) to \(end.displayText)"
    }
}
