/// Turns survey answers into one distribution per place × enabler × year, and compares years.
///
/// Checking and summarising are separate steps on purpose: ``problems(ratings:scale:)`` lists every answer the scale
/// does not contain so a person can correct the import, and ``summaries(ratings:scale:)`` takes only checked answers
/// and refuses (rather than silently drops) any that slipped through.
public enum MaturityAggregation {
    /// Every rating whose value is not a level of `scale`, as its position in `ratings` and a sentence saying why,
    /// in input order. Empty when every rating fits.
    public static func problems(
        ratings: [MaturityRating], scale: MaturityScale
    ) -> [(index: Int, message: String)] {
        let values = Set(scale.levels.map(\.value))
        let range =
            scale.levels.isEmpty
            ? "the scale has no levels"
            : "the scale's levels are " + scale.levels.map { String($0.value) }.joined(separator: ", ")
        var problems: [(index: Int, message: String)] = []
        for (index, rating) in ratings.enumerated() where !values.contains(rating.value) {
            problems.append(
                (index, "ratings[\(index)].value: \(rating.value) is not a level of the scale; \(range)."))
        }
        return problems
    }

    /// One cell per place × enabler × year that has at least one rating, sorted by place key, then enabler key,
    /// then year (keys compare as Swift strings).
    ///
    /// Pass only ratings for which ``problems(ratings:scale:)`` is empty. The ratings are read once, each counted
    /// into its cell's per-level tally; the quartiles come from the tallies, so no answers are sorted and the cost
    /// is linear in the number of ratings (plus sorting the cells).
    ///
    /// - Throws: ``MaturityAggregationError/invalidScale(_:)`` when the scale has problems, and
    ///   ``MaturityAggregationError/ratingOutsideScale(index:value:)`` for the first rating the scale does not
    ///   contain — such a rating is never dropped without a word.
    public static func summaries(
        ratings: [MaturityRating], scale: MaturityScale
    ) throws(MaturityAggregationError) -> [MaturityCell] {
        let scaleProblems = scale.problems
        guard scaleProblems.isEmpty, let lowest = scale.levels.first?.value else {
            throw .invalidScale(scaleProblems)
        }
        let levelCount = scale.levels.count
        var places = KeyTable()
        var enablers = KeyTable()
        var cellIndex: [CellKey: Int] = [:]
        var cellKeys: [CellKey] = []
        // One flat array of tallies, `levelCount` per cell, so counting is an index computation, not an allocation.
        var tallies: [Int] = []
        for (index, rating) in ratings.enumerated() {
            let (level, overflow) = rating.value.subtractingReportingOverflow(lowest)
            guard !overflow, level >= 0, level < levelCount else {
                throw .ratingOutsideScale(index: index, value: rating.value)
            }
            let key = CellKey(
                place: places.index(of: rating.placeKey), enabler: enablers.index(of: rating.enablerKey),
                year: rating.year)
            let cell: Int
            if let known = cellIndex[key] {
                cell = known
            } else {
                cell = cellKeys.count
                cellIndex[key] = cell
                cellKeys.append(key)
                tallies.append(contentsOf: repeatElement(0, count: levelCount))
            }
            tallies[cell * levelCount + level] += 1
        }
        let placeRanks = places.ranks()
        let enablerRanks = enablers.ranks()
        let order = cellKeys.indices.sorted { first, second in
            let a = cellKeys[first]
            let b = cellKeys[second]
            return (placeRanks[a.place], enablerRanks[a.enabler], a.year)
                < (placeRanks[b.place], enablerRanks[b.enabler], b.year)
        }
        return order.compactMap { cell in
            let key = cellKeys[cell]
            let start = cell * levelCount
            // Every cell holds at least the rating that created it, so a summary always exists.
            guard
                let summary = MaturitySummary(
                    histogram: Array(tallies[start..<start + levelCount]), lowestValue: lowest)
            else { return nil }
            return MaturityCell(
                placeKey: places.keys[key.place], enablerKey: enablers.keys[key.enabler], year: key.year,
                summary: summary)
        }
    }

    /// For each place × enabler with a cell in `fromYear` or `toYear` (or both), the medians and answer counts in
    /// the two years, sorted by place key then enabler key. A pair with answers in only one of the years is kept,
    /// with `nil` median and `n` 0 for the other, so a missing year shows instead of vanishing.
    ///
    /// `cells` are expected to be one per place × enabler × year, as ``summaries(ratings:scale:)`` returns; if a
    /// key repeats, the first cell with it is used.
    public static func change(from fromYear: Int, to toYear: Int, cells: [MaturityCell])
        -> [MaturityChange]
    {
        var pairs: [PairKey: (from: MaturitySummary?, to: MaturitySummary?)] = [:]
        for cell in cells where cell.year == fromYear || cell.year == toYear {
            let key = PairKey(place: cell.placeKey, enabler: cell.enablerKey)
            var entry = pairs[key] ?? (nil, nil)
            if cell.year == fromYear, entry.from == nil { entry.from = cell.summary }
            if cell.year == toYear, entry.to == nil { entry.to = cell.summary }
            pairs[key] = entry
        }
        return pairs.keys.sorted { ($0.place, $0.enabler) < ($1.place, $1.enabler) }.compactMap { key in
            guard let entry = pairs[key] else { return nil }
            return MaturityChange(
                placeKey: key.place, enablerKey: key.enabler, fromYear: fromYear, toYear: toYear,
                fromMedian: entry.from?.median, toMedian: entry.to?.median, fromN: entry.from?.n ?? 0,
                toN: entry.to?.n ?? 0)
        }
    }

    /// A cell's identity with its keys replaced by small integers, so the hot loop hashes integers.
    private struct CellKey: Hashable {
        var place: Int
        var enabler: Int
        var year: Int
    }

    /// A place × enabler pair's identity across years.
    private struct PairKey: Hashable {
        var place: String
        var enabler: String
    }

    /// Gives each distinct string key a small integer, remembering the last key seen because survey exports tend
    /// to list a place's (or enabler's) answers together, which makes most look-ups a single string comparison.
    private struct KeyTable {
        var keys: [String] = []
        private var indices: [String: Int] = [:]
        private var lastKey: String?
        private var lastIndex = 0

        mutating func index(of key: String) -> Int {
            if key == lastKey { return lastIndex }
            let index: Int
            if let known = indices[key] {
                index = known
            } else {
                index = keys.count
                indices[key] = index
                keys.append(key)
            }
            lastKey = key
            lastIndex = index
            return index
        }

        /// `ranks()[i]` is the position of `keys[i]` in sorted order.
        func ranks() -> [Int] {
            var ranks = [Int](repeating: 0, count: keys.count)
            for (rank, index) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() {
                ranks[index] = rank
            }
            return ranks
        }
    }
}
