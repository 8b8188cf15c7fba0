/// Cohen's kappa for two coders, κ = (Pₒ − Pₑ)/(1 − Pₑ) with Pₑ = Σₖ p_A(k)·p_B(k); optionally weighted.
///
/// Weighted kappa is 1 − Σ wᵢⱼ oᵢⱼ / Σ wᵢⱼ eᵢⱼ, where i and j are the positions of the values among all values
/// either coder gave (sorted), wᵢⱼ = |i − j| (linear) or (i − j)² (quadratic), o the observed and e the expected
/// proportions — the definition scikit-learn's `cohen_kappa_score` uses, so figures can be compared with it.
public enum CohenKappa {
    /// How disagreements are weighted.
    public enum Weighting: String, Sendable, CaseIterable {
        /// Every disagreement counts the same.
        case none
        /// By how far apart the two values' positions are.
        case linear
        /// By the square of that.
        case quadratic
    }

    /// Kappa over the units both coders valued (`nil` entries are left out, as are units only one coded); `nil` when
    /// no unit remains or the value is undefined (both coders gave one and the same value throughout).
    public static func kappa(_ first: [Double?], _ second: [Double?], weighting: Weighting = .none) -> Double? {
        var pairs: [(Double, Double)] = []
        for (a, b) in zip(first, second) {
            if let a, let b { pairs.append((a, b)) }
        }
        guard !pairs.isEmpty else { return nil }
        let values = Set(pairs.flatMap { [$0.0, $0.1] }).sorted()
        let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        let count = values.count
        var observed = [Double](repeating: 0, count: count * count)
        var rows = [Double](repeating: 0, count: count)
        var columns = [Double](repeating: 0, count: count)
        for (a, b) in pairs {
            guard let i = index[a], let j = index[b] else { continue }
            observed[i * count + j] += 1
            rows[i] += 1
            columns[j] += 1
        }
        let total = Double(pairs.count)
        var weightedObserved = 0.0
        var weightedExpected = 0.0
        for i in 0..<count {
            for j in 0..<count {
                let weight: Double
                switch weighting {
                case .none: weight = i == j ? 0 : 1
                case .linear: weight = Double(abs(i - j))
                case .quadratic: weight = Double((i - j) * (i - j))
                }
                weightedObserved += weight * observed[i * count + j] / total
                weightedExpected += weight * rows[i] * columns[j] / (total * total)
            }
        }
        guard weightedExpected > 0 else { return weightedObserved == 0 ? 1 : nil }
        return 1 - weightedObserved / weightedExpected
    }

    /// Kappa for one code over a text or recording whose units are characters (or milliseconds): `both` units coded
    /// by both coders, `onlyFirst` and `onlySecond` by one, out of `total` (NVivo's definition). `nil` when undefined.
    public static func kappa(total: Int, both: Int, onlyFirst: Int, onlySecond: Int) -> Double? {
        guard total > 0, both >= 0, onlyFirst >= 0, onlySecond >= 0, both + onlyFirst + onlySecond <= total else {
            return nil
        }
        let n = Double(total)
        let neither = n - Double(both + onlyFirst + onlySecond)
        let agreement = (Double(both) + neither) / n
        let first = Double(both + onlyFirst) / n
        let second = Double(both + onlySecond) / n
        let chance = first * second + (1 - first) * (1 - second)
        guard chance < 1 else { return agreement == 1 ? 1 : nil }
        return (agreement - chance) / (1 - chance)
    }

    /// The share of units on which the two coders agree (both coded it, or neither did).
    public static func percentAgreement(total: Int, both: Int, onlyFirst: Int, onlySecond: Int) -> Double? {
        guard total > 0 else { return nil }
        return Double(total - onlyFirst - onlySecond) / Double(total)
    }
}
