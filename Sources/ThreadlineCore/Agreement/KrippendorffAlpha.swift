/// Krippendorff's alpha, α = 1 − D₀/Dₑ, for any number of coders with missing values allowed.
///
/// Built from the coincidence matrix: within each unit that at least two coders valued, every ordered pair of
/// values from different coders adds 1/(mᵤ − 1), mᵤ being the number of values in the unit. With nₖ the marginal
/// totals and n their sum, D₀ = Σ oₖₗ δ²ₖₗ / n and Dₑ = Σ nₖ nₗ δ²ₖₗ / (n (n − 1)). (Krippendorff, *Computing
/// Krippendorff's Alpha-Reliability*, 2011; the ordinal metric is δ²ₖₗ = (Σ_{g=k…l} n_g − (nₖ + nₗ)/2)².)
public enum KrippendorffAlpha {
    /// Alpha for `data`, one row per coder and one column per unit (`nil` = not coded by that coder); `nil` when it
    /// is undefined: fewer than two pairable values, or no variation at all to disagree about (then, as the PyPI
    /// `krippendorff` package does, a perfect observed agreement gives 1).
    public static func alpha(_ data: [[Double?]], level: MeasurementLevel = .nominal) -> Double? {
        guard let units = data.map(\.count).max() else { return nil }
        // The distinct values, sorted, so that ordinal distances follow their order.
        var valueSet = Set<Double>()
        for row in data { for case let value? in row { valueSet.insert(value) } }
        let values = valueSet.sorted()
        let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        let count = values.count
        guard count > 0 else { return nil }
        var coincidences = [Double](repeating: 0, count: count * count)
        var unitCounts = [Int](repeating: 0, count: count)
        for unit in 0..<units {
            var present = 0
            for row in data where unit < row.count {
                if let value = row[unit], let position = index[value] {
                    unitCounts[position] += 1
                    present += 1
                }
            }
            defer { for position in 0..<count where unitCounts[position] != 0 { unitCounts[position] = 0 } }
            guard present >= 2 else { continue }
            let weight = 1 / Double(present - 1)
            for k in 0..<count where unitCounts[k] > 0 {
                let nk = Double(unitCounts[k])
                for l in 0..<count where unitCounts[l] > 0 {
                    let pairs = k == l ? nk * (nk - 1) : nk * Double(unitCounts[l])
                    coincidences[k * count + l] += pairs * weight
                }
            }
        }
        var marginals = [Double](repeating: 0, count: count)
        for k in 0..<count { for l in 0..<count { marginals[k] += coincidences[k * count + l] } }
        let total = marginals.reduce(0, +)
        guard total > 1 else { return nil }
        var observed = 0.0
        var expected = 0.0
        for k in 0..<count {
            for l in 0..<count where k != l {
                let delta = distance(k, l, values: values, marginals: marginals, level: level)
                observed += coincidences[k * count + l] * delta
                expected += marginals[k] * marginals[l] * delta
            }
        }
        guard expected > 0 else { return observed == 0 ? 1 : nil }
        return 1 - (total - 1) * observed / expected
    }

    /// The squared distance δ²ₖₗ between the k-th and l-th smallest values.
    static func distance(_ k: Int, _ l: Int, values: [Double], marginals: [Double], level: MeasurementLevel)
        -> Double
    {
        switch level {
        case .nominal:
            return k == l ? 0 : 1
        case .interval:
            let difference = values[k] - values[l]
            return difference * difference
        case .ordinal:
            let low = min(k, l)
            let high = max(k, l)
            var sum = 0.0
            for g in low...high { sum += marginals[g] }
            let value = sum - (marginals[k] + marginals[l]) / 2
            return value * value
        }
    }
}
