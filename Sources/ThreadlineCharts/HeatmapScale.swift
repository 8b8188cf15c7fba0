/// Splits counts 0…maximum into the heatmap's five shades: 0 alone in the lightest, then four equal slices of
/// 1…maximum, so the largest count always gets the darkest shade.
struct HeatmapScale: Sendable, Hashable {
    /// One shade in use and the counts it stands for.
    struct Step: Sendable, Hashable {
        var step: Int
        var lowest: Int
        var highest: Int

        /// "0", "3" or "1–2".
        var text: String { lowest == highest ? "\(lowest)" : "\(lowest)–\(highest)" }
    }

    /// The largest count (0 when none is positive).
    let maximum: Int

    init(maximum: Int) {
        self.maximum = max(maximum, 0)
    }

    /// The highest count shaded with step `k` (1…4): ⌊k·maximum/4⌋, worked out without overflowing.
    private func highest(_ k: Int) -> Int {
        k * (maximum / 4) + k * (maximum % 4) / 4
    }

    /// The shade (0…4) for `value`.
    func step(for value: Int) -> Int {
        guard value > 0 else { return 0 }
        for k in 1...4 where value <= highest(k) { return k }
        return 4
    }

    /// The shades that stand for at least one count, lightest first.
    var steps: [Step] {
        var steps = [Step(step: 0, lowest: 0, highest: 0)]
        for k in 1...4 {
            let lowest = highest(k - 1) + 1
            let top = highest(k)
            if lowest <= top { steps.append(Step(step: k, lowest: lowest, highest: top)) }
        }
        return steps
    }
}
