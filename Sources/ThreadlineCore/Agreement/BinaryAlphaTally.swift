/// Counts, for binary codes and a fixed set of coders with no missing values, how many units were coded by exactly
/// j coders (j = 0…m), and derives Krippendorff's nominal alpha from those counts.
///
/// Every unit coded by j of m coders adds the same coincidences: j(j − 1) ordered 1–1 pairs, (m − j)(m − j − 1) 0–0
/// pairs and j(m − j) pairs each way of 1–0, all divided by m − 1 (Krippendorff 2011, as in `KrippendorffAlpha`).
/// So a run of units can be added at once, weighted by its length, without visiting its units one by one.
struct BinaryAlphaTally: Sendable, Hashable {
    /// The number of coders, m.
    let coderCount: Int
    /// `unitsCodedBy[j]`: units coded by exactly j coders.
    private(set) var unitsCodedBy: [Int]

    init(coderCount: Int) {
        self.coderCount = max(coderCount, 0)
        self.unitsCodedBy = [Int](repeating: 0, count: self.coderCount + 1)
    }

    /// Adds `length` units coded by `coders` coders.
    mutating func add(units length: Int, codedBy coders: Int) {
        guard coders >= 0, coders < unitsCodedBy.count else { return }
        unitsCodedBy[coders] += length
    }

    /// Adds another tally for the same coders.
    mutating func add(_ other: BinaryAlphaTally) {
        for (coders, units) in other.unitsCodedBy.enumerated() { add(units: units, codedBy: coders) }
    }

    /// Nominal alpha, or `nil` when undefined: fewer than two coders, fewer than two values, or no variation
    /// (every value the same). `KrippendorffAlpha` answers 1 for no variation; see `PairAgreement.kappa` for why
    /// this kit says `nil`.
    var alpha: Double? {
        let m = coderCount
        guard m >= 2 else { return nil }
        var codedValues = 0.0
        var uncodedValues = 0.0
        var disagreeingPairs = 0.0
        for (j, units) in unitsCodedBy.enumerated() where units > 0 {
            let count = Double(units)
            codedValues += count * Double(j)
            uncodedValues += count * Double(m - j)
            disagreeingPairs += count * Double(j) * Double(m - j) / Double(m - 1)
        }
        let values = codedValues + uncodedValues
        guard values > 1, codedValues > 0, uncodedValues > 0 else { return nil }
        // D₀/Dₑ = (n − 1)·Σ_{k≠l} oₖₗ / Σ_{k≠l} nₖnₗ, and both sums hold the 1–0 cell twice.
        return 1 - (values - 1) * disagreeingPairs / (codedValues * uncodedValues)
    }
}
