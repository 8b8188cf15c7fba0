/// A text or recording over which coders' spans are compared.
public struct AgreementSource: Sendable, Hashable {
    /// The caller's key for the source.
    public var key: String
    /// How many units the source has: its length in Unicode scalars, or its duration in milliseconds.
    public var unitCount: Int
    /// What a unit is.
    public var unit: AgreementUnit

    /// Creates a source.
    public init(key: String, unitCount: Int, unit: AgreementUnit) {
        self.key = key
        self.unitCount = unitCount
        self.unit = unit
    }
}
