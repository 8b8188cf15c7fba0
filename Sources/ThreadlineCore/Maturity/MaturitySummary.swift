/// The distribution of the answers in one cell (one place × enabler × year): how many, the median, the quartiles,
/// the extremes and the count per level.
///
/// There is deliberately no mean: the levels are ordered categories, not measurements, and the programme's rule is
/// to report the distribution. A cell with no answers has no summary (the initialiser returns `nil`).
///
/// Quartiles and the median follow definition 7 of Hyndman and Fan, "Sample Quantiles in Statistical Packages",
/// The American Statistician 50(4), 1996 — the default of R's `quantile` and of numpy's `percentile`: for sorted
/// values x₀ … xₙ₋₁ and a probability p, h = (n − 1)·p and the quantile is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
/// So 1, 2, 3, 4 gives 1.75, 2.5 and 3.25.
public struct MaturitySummary: Hashable, Sendable, Codable {
    /// The number of answers (at least 1).
    public let n: Int
    /// The median (type 7, so halfway between the middle two answers when `n` is even).
    public let median: Double
    /// The 25th percentile (type 7).
    public let lowerQuartile: Double
    /// The 75th percentile (type 7).
    public let upperQuartile: Double
    /// The lowest answer.
    public let minimum: Int
    /// The highest answer.
    public let maximum: Int
    /// The number of answers at each level, in scale order (lowest level first).
    public let histogram: [Int]

    /// The summary of the answers counted in `histogram`, where `histogram[i]` counts answers of value
    /// `lowestValue + i`; `nil` when there are no answers, a count is negative, or the total or the highest value
    /// does not fit in an `Int`.
    ///
    /// Working from counts rather than the answers themselves means nothing is sorted: the cost is one walk over the
    /// levels per statistic, whatever the number of answers.
    public init?(histogram: [Int], lowestValue: Int) {
        var total = 0
        for count in histogram {
            guard count >= 0 else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(count)
            guard !overflow else { return nil }
            total = sum
        }
        guard total > 0, !lowestValue.addingReportingOverflow(histogram.count).overflow else {
            return nil
        }
        func value(atRank rank: Int) -> Int {
            // The value of the answer at 0-based position `rank` in sorted order.
            var seen = 0
            for (index, count) in histogram.enumerated() {
                seen += count
                if rank < seen { return lowestValue + index }
            }
            return lowestValue + histogram.count - 1
        }
        func quantile(_ probability: Double) -> Double {
            // Exact for p = 0.25, 0.5 and 0.75: (n − 1)·p is a multiple of 1/4, which a Double holds exactly.
            let position = Double(total - 1) * probability
            let below = Int(position.rounded(.down))
            let fraction = position - Double(below)
            let low = Double(value(atRank: below))
            guard fraction > 0 else { return low }
            let high = Double(value(atRank: min(below + 1, total - 1)))
            return low + fraction * (high - low)
        }
        self.n = total
        self.median = quantile(0.5)
        self.lowerQuartile = quantile(0.25)
        self.upperQuartile = quantile(0.75)
        self.minimum = value(atRank: 0)
        self.maximum = value(atRank: total - 1)
        self.histogram = histogram
    }

    /// The interquartile range, upper quartile minus lower quartile.
    public var interquartileRange: Double { upperQuartile - lowerQuartile }
}
