/// Maps positions in years (see ``JourneyCalendar``) to x coordinates across whole years, and picks the years to
/// tick.
struct JourneyTimeScale {
    /// The first year on the axis (its left end is 1 January of it).
    let startYear: Int
    /// The year whose 1 January is the axis's right end.
    let endYear: Int
    let left: Double
    let right: Double

    /// A scale covering every milestone and era, widened to whole years.
    init(entries: [JourneyEntry], eras: [JourneyEra], left: Double, right: Double) {
        var first = entries.first?.milestone.date.year ?? 2000
        var last = entries.last?.milestone.date.year ?? first
        for era in eras {
            first = min(first, era.start.year)
            last = max(last, era.end?.year ?? era.start.year)
        }
        startYear = first
        endYear = max(last + 1, first + 1)
        self.left = left
        self.right = right
    }

    func x(_ position: Double) -> Double {
        let fraction = (position - Double(startYear)) / Double(endYear - startYear)
        return left + min(max(fraction, 0), 1) * (right - left)
    }

    /// Every year, or every 2nd, 5th, 10th… so that at most 12 ticks are drawn however long the journey.
    var tickYears: [Int] {
        let span = endYear - startYear
        var step = 1
        for candidate in [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000]
        where span / candidate <= 12 {
            step = candidate
            break
        }
        let first = (startYear + step - 1) / step * step
        return Array(stride(from: first, through: endYear, by: step))
    }
}
