/// A day of the proleptic Gregorian calendar, converted to and from days since 1970-01-01.
///
/// HTTP dates are always UTC, so a calendar library (and its locale and time-zone state) is not needed; plain
/// integer arithmetic is exact, allocation-free and safe to call from any thread. The conversions use the classic
/// "days from civil" approach of counting in 400-year eras that start on 1 March, so the leap day is the last day
/// of the shifted year and every era has the same 146 097 days.
struct CivilDate: Hashable {
    let year: Int64
    /// 1 (January) through 12 (December).
    let month: Int
    /// 1 through the length of the month.
    let day: Int

    private static let daysPerEra: Int64 = 146_097
    /// Days from 0000-03-01 (the start of era 0) to 1970-01-01.
    private static let epochOffset: Int64 = 719_468

    init(year: Int64, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01 (before it, if negative).
    init(daysSinceEpoch days: Int64) {
        let shifted = days + Self.epochOffset
        let era = (shifted >= 0 ? shifted : shifted - (Self.daysPerEra - 1)) / Self.daysPerEra
        let dayOfEra = shifted - era * Self.daysPerEra
        // Subtracting the leap days before dividing by 365 gives the year of the era without a loop.
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0 = March … 11 = February
        self.day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        self.month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        self.year = yearOfEra + era * 400 + (self.month <= 2 ? 1 : 0)
    }

    /// The number of days from 1970-01-01 to this date (negative before it).
    var daysSinceEpoch: Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = Int64((month + 9) % 12)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * Self.daysPerEra + dayOfEra - Self.epochOffset
    }

    /// 0 for Sunday through 6 for Saturday; 1970-01-01 was a Thursday.
    static func weekday(daysSinceEpoch days: Int64) -> Int {
        let remainder = (days + 4) % 7
        return Int(remainder >= 0 ? remainder : remainder + 7)
    }

    static func isLeapYear(_ year: Int64) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func numberOfDays(inMonth month: Int, year: Int64) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
