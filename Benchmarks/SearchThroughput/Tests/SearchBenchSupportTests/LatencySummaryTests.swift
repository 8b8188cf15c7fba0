import SearchBenchSupport
import Testing

@Suite("Percentiles computed as the anchor computes them")
struct LatencySummaryTests {
    @Test("Linear interpolation between the nearest ranks, as fts_anchor.py's pct()")
    func interpolates() throws {
        // pct([1, 2, 3, 4], 50): k = 1.5 → 2 + (3 - 2) * 0.5 = 2.5; pct(.., 95): k = 2.85 → 3.85.
        let summary = try #require(LatencySummary(milliseconds: [4, 1, 3, 2]))
        #expect(summary.p50 == 2.5)
        #expect(abs(summary.p95 - 3.85) < 1e-12)
        #expect(summary.maximum == 4)
        #expect(summary.mean == 2.5)
    }

    @Test("One sample is every percentile; no samples is no summary")
    func edges() throws {
        let one = try #require(LatencySummary(milliseconds: [7]))
        #expect(one.p50 == 7 && one.p99 == 7)
        #expect(LatencySummary(milliseconds: []) == nil)
    }

    @Test("Percentiles outside 0…100 are clamped rather than reading outside the samples")
    func clamps() throws {
        let summary = try #require(LatencySummary(milliseconds: [1, 2]))
        #expect(summary.percentile(-5) == 1)
        #expect(summary.percentile(250) == 2)
    }
}
