public import Foundation

extension PartialDate {
    /// The calendar day (in UTC) that `date` falls on. Consent dates are days, and the server compares them
    /// with the day it is now; UTC keeps that the same on every machine.
    public init(dayOf date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // A Date's components always make a real day within 1000–9999 for any date Threadline handles.
        self.init(year: min(max(parts.year ?? 1970, 1000), 9999), month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// Whether the day is known, not only the month or year.
    public var isDay: Bool { day != nil }
}
