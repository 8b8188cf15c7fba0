/// Agreement on one code, over all units of the chosen sources of one unit kind.
public struct CodeAgreement: Sendable, Hashable {
    /// The code's key.
    public var codeKey: String
    /// One entry per pair of coders, in the order the coders were given (first with second, first with third, …).
    public var pairs: [PairAgreement]
    /// Krippendorff's alpha (nominal) over all coders, each unit valued 1 (coded) or 0 (not coded); `nil` when
    /// undefined: fewer than two coders, no units, or no variation.
    public var alpha: Double?

    /// Creates a code's agreement.
    public init(codeKey: String, pairs: [PairAgreement], alpha: Double?) {
        self.codeKey = codeKey
        self.pairs = pairs
        self.alpha = alpha
    }
}
