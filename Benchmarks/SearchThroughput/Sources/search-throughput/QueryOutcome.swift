import SearchBenchSupport

/// One fixture query's results and timings across the passes.
struct QueryOutcome {
    /// The query as translated.
    var query: TranslatedQuery
    /// Hits on the first page (at most the page size).
    var hits = 0
    /// The store's total, capped at `SearchResults.countLimit`.
    var total = 0
    /// Whether there are more than `total`.
    var totalIsLowerBound = false
    /// One latency per timed pass, in milliseconds.
    var milliseconds: [Double] = []
}
