/// Checks that Threadline's search found what raw FTS5 found for the same query: the same page of hits (at most
/// the page size) and the same total, which Threadline counts only up to a cap.
public struct CountComparison: Hashable, Sendable {
    /// The fixture's MATCH string.
    public var match: String
    /// Rows raw FTS5 matched, uncapped.
    public var anchorMatches: Int
    /// Hits on Threadline's first page.
    public var hits: Int
    /// Threadline's total (capped at `countLimit`).
    public var total: Int
    /// Whether Threadline said there are more than `total`.
    public var totalIsLowerBound: Bool

    /// Creates a comparison.
    public init(match: String, anchorMatches: Int, hits: Int, total: Int, totalIsLowerBound: Bool) {
        self.match = match
        self.anchorMatches = anchorMatches
        self.hits = hits
        self.total = total
        self.totalIsLowerBound = totalIsLowerBound
    }

    /// Whether both engines agree, given Threadline's page size and count cap.
    public func agrees(pageSize: Int, countLimit: Int) -> Bool {
        hits == min(anchorMatches, pageSize) && total == min(anchorMatches, countLimit)
            && totalIsLowerBound == (anchorMatches > countLimit)
    }

    /// One line for a disagreement.
    public var mismatchDescription: String {
        let more = totalIsLowerBound ? "+" : ""
        return "query '\(match)': anchor matches \(anchorMatches); threadline hits \(hits), total \(total)\(more)"
    }
}
