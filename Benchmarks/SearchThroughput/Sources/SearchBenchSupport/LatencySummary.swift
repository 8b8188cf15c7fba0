/// Percentiles of a set of latencies, computed exactly as `fts_anchor.py` computes its own so the two sets of
/// figures can be compared: sorted samples, linear interpolation between the two nearest ranks.
public struct LatencySummary: Hashable, Sendable {
    /// The samples in milliseconds, fastest first; never empty.
    public let sortedMilliseconds: [Double]

    /// Summarises `milliseconds`; returns `nil` when there are none.
    public init?(milliseconds: [Double]) {
        guard !milliseconds.isEmpty else { return nil }
        sortedMilliseconds = milliseconds.sorted()
    }

    /// The `percent`th percentile (0…100), interpolated like the anchor's `pct(xs, p)`.
    public func percentile(_ percent: Double) -> Double {
        let clamped = min(max(percent, 0), 100)
        let rank = Double(sortedMilliseconds.count - 1) * clamped / 100
        let lower = Int(rank)
        let upper = min(lower + 1, sortedMilliseconds.count - 1)
        let fraction = rank - Double(lower)
        return sortedMilliseconds[lower] + (sortedMilliseconds[upper] - sortedMilliseconds[lower]) * fraction
    }

    /// The median.
    public var p50: Double { percentile(50) }
    /// The 95th percentile.
    public var p95: Double { percentile(95) }
    /// The 99th percentile.
    public var p99: Double { percentile(99) }
    /// The slowest sample.
    public var maximum: Double { sortedMilliseconds[sortedMilliseconds.count - 1] }
    /// The arithmetic mean.
    public var mean: Double { sortedMilliseconds.reduce(0, +) / Double(sortedMilliseconds.count) }
}
