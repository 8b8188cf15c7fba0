/// One survey year as a table — places down, enablers across — with a short sentence per cell, for the text
/// alternative that goes beside any chart ("median 3 (IQR 2–4, n 12)").
public struct MaturityTableModel: Hashable, Sendable {
    /// The survey year shown.
    public let year: Int
    /// The rows' place keys, top to bottom.
    public let placeKeys: [String]
    /// The columns' enabler keys, left to right.
    public let enablerKeys: [String]
    /// `summaries[row][column]`, `nil` where nobody answered.
    public let summaries: [[MaturitySummary?]]

    /// The table of `year`'s cells.
    ///
    /// - Parameters:
    ///   - year: The survey year to show.
    ///   - cells: Cells as ``MaturityAggregation/summaries(ratings:scale:)`` returns them; other years are ignored,
    ///     and if a key repeats the first cell is used.
    ///   - placeKeys: The rows in the order wanted; by default every place key in `cells` (of any year, so tables
    ///     for different years line up), sorted.
    ///   - enablerKeys: The columns in the order wanted; by default every enabler key in `cells`, sorted.
    public init(
        year: Int, cells: [MaturityCell], placeKeys: [String]? = nil, enablerKeys: [String]? = nil
    ) {
        self.year = year
        self.placeKeys = placeKeys ?? Array(Set(cells.map(\.placeKey))).sorted()
        self.enablerKeys = enablerKeys ?? Array(Set(cells.map(\.enablerKey))).sorted()
        var byPlace: [String: [String: MaturitySummary]] = [:]
        for cell in cells where cell.year == year && byPlace[cell.placeKey]?[cell.enablerKey] == nil {
            byPlace[cell.placeKey, default: [:]][cell.enablerKey] = cell.summary
        }
        let columns = self.enablerKeys
        self.summaries = self.placeKeys.map { place in
            let row = byPlace[place] ?? [:]
            return columns.map { row[$0] }
        }
    }

    /// The sentence for the cell at `row` and `column`, or `nil` when either is out of range.
    public func text(row: Int, column: Int) -> String? {
        guard summaries.indices.contains(row), summaries[row].indices.contains(column) else {
            return nil
        }
        return Self.cellText(summaries[row][column])
    }

    /// Every cell's sentence, `texts[row][column]`.
    public var texts: [[String]] {
        summaries.map { $0.map(Self.cellText) }
    }

    /// "median 3 (IQR 2–4, n 12)", or "no ratings" for an empty cell.
    public static func cellText(_ summary: MaturitySummary?) -> String {
        guard let summary else { return "no ratings" }
        let median = MaturityNumberText.text(summary.median)
        let lower = MaturityNumberText.text(summary.lowerQuartile)
        let upper = MaturityNumberText.text(summary.upperQuartile)
        return "median \(median) (IQR \(lower)–\(upper), n \(summary.n))"
    }
}
