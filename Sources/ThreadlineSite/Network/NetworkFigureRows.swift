import ThreadlineCore

/// The rows of a wave's figures table: each network-level figure in words a reader can check, for one wave or for
/// two waves and the change between them.
public enum NetworkFigureRows {
    /// The rows for `later`, with `earlier` first and the change last when there are two waves.
    public static func rows(later: NetworkMetrics, earlier: NetworkMetrics?) -> [NetworkFigureRow] {
        let figures: [(String, (NetworkMetrics) -> Double?, (Double?) -> String)] = [
            ("Organisations", { Double($0.memberCount) }, count),
            ("Ties", { Double($0.tieCount) }, count),
            ("Answered", { $0.completionRate }, percent),
            ("Density", { $0.density }, decimal),
            ("Reciprocity", { $0.reciprocity }, decimal),
            ("Centralization, ties received", { $0.inCentralization }, decimal),
            ("Centralization, ties given", { $0.outCentralization }, decimal),
            ("Centralization, ties either way", { $0.undirectedCentralization }, decimal),
            ("Reach in two steps (mean)", { $0.meanReach }, percent),
            ("Trust (mean of 1–4)", { $0.meanTrust }, decimal),
            ("Trust (% of the most)", { $0.trustPercent.map { $0 / 100 } }, percent),
            ("Value (mean of 1–4)", { $0.meanValue }, decimal),
            ("Value (% of the most)", { $0.valuePercent.map { $0 / 100 } }, percent),
        ]
        return figures.map { name, value, text in
            guard let earlier else { return NetworkFigureRow(name: name, values: [text(value(later))]) }
            let before = value(earlier)
            let after = value(later)
            let change = before.flatMap { start in after.map { $0 - start } }
            // A change of a percentage is in percentage points: "45%" to "50%" is "+5 points", not "+5%".
            let changeText: (Double) -> String =
                name.contains("%") || name == "Answered" || name.hasPrefix("Reach")
                ? { FixedDecimal.string($0 * 100, places: 0) + " points" } : { text($0) }
            return NetworkFigureRow(
                name: name, values: [text(before), text(after), change.map { signed(changeText($0), $0) } ?? "—"])
        }
    }

    public static func count(_ value: Double?) -> String { value.map { String(Int($0)) } ?? "—" }

    public static func decimal(_ value: Double?) -> String { value.map { FixedDecimal.string($0) } ?? "—" }

    public static func percent(_ value: Double?) -> String {
        value.map { FixedDecimal.string($0 * 100, places: 0) + "%" } ?? "—"
    }

    public static func signed(_ text: String, _ value: Double) -> String { value > 0 ? "+" + text : text }

    /// "3.25 (4 ratings)", or "Not rated".
    public static func rating(_ value: Double?, count: Int) -> String {
        guard let value else { return "Not rated" }
        return "\(FixedDecimal.string(value)) (\(count) \(count == 1 ? "rating" : "ratings"))"
    }
}

/// One figure's name and its values.
public struct NetworkFigureRow {
    public var name: String
    public var values: [String]
}
