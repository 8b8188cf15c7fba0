/// Agreement over every code at once, for one unit kind.
///
/// The pooled figures treat every (code, unit) pair as one unit: with 3 codes over a 1,000-character text there are
/// 3,000 units. Codes applied rarely then weigh little, since most of their units are agreed "not coded". NVivo
/// instead averages per-code, per-source kappas weighted by source size; that figure is given as `meanKappas`.
public struct OverallAgreement: Sendable, Hashable {
    /// The pooled counts and statistics per pair of coders, in the order the coders were given.
    public var pairs: [PairAgreement]
    /// Krippendorff's alpha (nominal) over the pooled (code, unit) pairs and all coders; `nil` when undefined.
    public var alpha: Double?
    /// NVivo-style mean kappa per pair of coders, in the same order as `pairs`.
    public var meanKappas: [MeanKappa]

    /// Creates overall agreement.
    public init(pairs: [PairAgreement], alpha: Double?, meanKappas: [MeanKappa]) {
        self.pairs = pairs
        self.alpha = alpha
        self.meanKappas = meanKappas
    }
}
