/// Agreement over the sources of one unit kind.
public struct UnitAgreement: Sendable, Hashable {
    /// The kind of unit counted.
    public var unit: AgreementUnit
    /// The keys of the sources counted, in the order they were given.
    public var sourceKeys: [String]
    /// One entry per code, in the order the codes were given.
    public var codes: [CodeAgreement]
    /// Every code pooled.
    public var overall: OverallAgreement

    /// Creates the agreement for one unit kind.
    public init(
        unit: AgreementUnit, sourceKeys: [String], codes: [CodeAgreement], overall: OverallAgreement
    ) {
        self.unit = unit
        self.sourceKeys = sourceKeys
        self.codes = codes
        self.overall = overall
    }
}
