/// A pair of coders' kappa averaged the way NVivo's coding comparison does: one kappa per code and source, weighted
/// by the source's size.
public struct MeanKappa: Sendable, Hashable {
    /// The first coder's key.
    public var firstCoderKey: String
    /// The second coder's key.
    public var secondCoderKey: String
    /// Σ unitCount·κ / Σ unitCount over the (code, source) pairs whose kappa is defined; `nil` when none is.
    public var value: Double?
    /// How many (code, source) pairs had a defined kappa and so entered the mean.
    public var definedCount: Int

    /// Creates a mean kappa.
    public init(firstCoderKey: String, secondCoderKey: String, value: Double?, definedCount: Int) {
        self.firstCoderKey = firstCoderKey
        self.secondCoderKey = secondCoderKey
        self.value = value
        self.definedCount = definedCount
    }
}
