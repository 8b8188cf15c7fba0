import Foundation
import ThreadlineCore

/// Dates as readers see them ("5 October 2022") and as machines read them (ISO 8601).
public enum DateText {
    public static func display(_ date: Date) -> String {
        let calendar = Calendar(identifier: .gregorian)
        var utc = calendar
        utc.timeZone = TimeZone(identifier: "UTC")!
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let partial = PartialDate(year: year, month: month, day: day)
        else { return iso(date) }
        return partial.displayText
    }

    public static func iso(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash))
    }

    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
