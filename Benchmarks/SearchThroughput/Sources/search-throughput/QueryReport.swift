import SearchBenchSupport
import ThreadlineStore

/// Prints the query figures in the anchor's shape: per kind, the slowest queries, the sanity check and one
/// `SUMMARY search:` line.
struct QueryReport {
    /// Every query's outcome.
    let outcomes: [QueryOutcome]
    /// Timed passes.
    let passes: Int
    /// The database, for its size.
    let databasePath: String

    /// Prints everything; returns whether the sanity check (when there was one) passed.
    func print(anchorCounts: [AnchorCount]?, verbose: Bool) -> Bool {
        let all = outcomes.flatMap(\.milliseconds)
        guard let summary = LatencySummary(milliseconds: all) else {
            Console.note("No query was timed.")
            return false
        }
        if verbose { printEachQuery(anchorCounts) }
        printKinds()
        printSlowest()
        printPasses()
        let agreed = anchorCounts.map(checkCounts) ?? true
        let hitsPerPass = outcomes.map(\.hits).reduce(0, +)
        Console.result(
            "SUMMARY search: queries=\(outcomes.count) passes=\(passes) samples=\(all.count) "
                + "p50_ms=\(Console.fixed(summary.p50)) p95_ms=\(Console.fixed(summary.p95)) "
                + "p99_ms=\(Console.fixed(summary.p99)) max_ms=\(Console.fixed(summary.maximum)) "
                + "mean_ms=\(Console.fixed(summary.mean)) rows_returned=\(hitsPerPass) "
                + "db_mib=\(Console.fixed(Console.databaseMiB(databasePath), 1))")
        return agreed
    }

    private func printEachQuery(_ anchorCounts: [AnchorCount]?) {
        for (index, outcome) in outcomes.enumerated() {
            let median = LatencySummary(milliseconds: outcome.milliseconds)?.p50 ?? .nan
            let anchor = anchorCounts.flatMap { index < $0.count ? " anchor=\($0[index].matches)" : nil } ?? ""
            let more = outcome.totalIsLowerBound ? "+" : ""
            Console.result(
                "  query \(index + 1) \(outcome.query.fixture.kind) p50=\(Console.fixed(median))ms "
                    + "hits=\(outcome.hits) total=\(outcome.total)\(more)\(anchor) typed=\(outcome.query.typed)")
        }
    }

    private func printKinds() {
        var kinds: [String] = []
        for outcome in outcomes where !kinds.contains(outcome.query.fixture.kind) {
            kinds.append(outcome.query.fixture.kind)
        }
        for kind in kinds {
            let matching = outcomes.filter { $0.query.fixture.kind == kind }
            guard let summary = LatencySummary(milliseconds: matching.flatMap(\.milliseconds)) else { continue }
            let totals = matching.map(\.total).sorted()
            let padded = kind.padding(toLength: 6, withPad: " ", startingAt: 0)
            Console.result(
                "  \(padded) p50=\(Console.fixed(summary.p50))ms p95=\(Console.fixed(summary.p95))ms "
                    + "median_total=\(totals[totals.count / 2]) (capped at \(SearchResults.countLimit))")
        }
    }

    private func printSlowest() {
        let samples = outcomes.flatMap { outcome in outcome.milliseconds.map { ($0, outcome) } }
        for (milliseconds, outcome) in samples.sorted(by: { $0.0 > $1.0 }).prefix(3) {
            Console.result(
                "  slow: \(Console.fixed(milliseconds, 1))ms \(outcome.query.fixture.kind) '\(outcome.query.typed)'")
        }
    }

    /// Each pass's own p95, which shows how much the shared cores moved the figures during the run.
    private func printPasses() {
        let perPass = (0..<passes).compactMap { pass in
            LatencySummary(
                milliseconds: outcomes.compactMap { pass < $0.milliseconds.count ? $0.milliseconds[pass] : nil })
        }
        Console.result("  per-pass p95_ms: " + perPass.map { Console.fixed($0.p95) }.joined(separator: " "))
    }

    private func checkCounts(_ anchorCounts: [AnchorCount]) -> Bool {
        guard anchorCounts.count == outcomes.count else {
            Console.result(
                "SANITY: the anchor counts hold \(anchorCounts.count) queries, the fixture \(outcomes.count)")
            return false
        }
        var mismatches: [CountComparison] = []
        for (outcome, anchor) in zip(outcomes, anchorCounts) {
            let comparison = CountComparison(
                match: anchor.match, anchorMatches: anchor.matches, hits: outcome.hits, total: outcome.total,
                totalIsLowerBound: outcome.totalIsLowerBound)
            if anchor.match != outcome.query.fixture.match
                || !comparison.agrees(pageSize: 20, countLimit: SearchResults.countLimit)
            {
                mismatches.append(comparison)
            }
        }
        for mismatch in mismatches.prefix(10) {
            Console.result("  mismatch: \(mismatch.mismatchDescription)")
        }
        let agreeing = outcomes.count - mismatches.count
        Console.result(
            "SANITY: \(agreeing)/\(outcomes.count) queries return what raw FTS5 returns "
                + "(hits on the first page of 20, total up to \(SearchResults.countLimit))")
        return mismatches.isEmpty
    }
}
