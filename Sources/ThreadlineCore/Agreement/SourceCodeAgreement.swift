/// Agreement on one code in one source: NVivo's coding comparison row, for every pair of coders.
public struct SourceCodeAgreement: Sendable, Hashable {
    /// The source's key.
    public var sourceKey: String
    /// The code's key.
    public var codeKey: String
    /// What the source's units are.
    public var unit: AgreementUnit
    /// One entry per pair of coders, in the same order as `OverallAgreement.pairs`; each counts the source's units.
    public var pairs: [PairAgreement]

    /// Creates one source's agreement on one code.
    public init(sourceKey: String, codeKey: String, unit: AgreementUnit, pairs: [PairAgreement]) {
        self.sourceKey = sourceKey
        self.codeKey = codeKey
        self.unit = unit
        self.pairs = pairs
    }
}
