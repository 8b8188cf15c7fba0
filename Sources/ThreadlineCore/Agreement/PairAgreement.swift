/// How far two coders agree: unit counts and the statistics derived from them.
public struct PairAgreement: Sendable, Hashable {
    /// The first coder's key.
    public var firstCoderKey: String
    /// The second coder's key.
    public var secondCoderKey: String
    /// Units both coders coded.
    public var both: Int
    /// Units only the first coder coded.
    public var onlyFirst: Int
    /// Units only the second coder coded.
    public var onlySecond: Int
    /// Units neither coder coded.
    public var neither: Int
    /// All units compared: `both + onlyFirst + onlySecond + neither`.
    public var total: Int

    /// Creates the agreement of two coders from their unit counts.
    public init(
        firstCoderKey: String, secondCoderKey: String, both: Int, onlyFirst: Int, onlySecond: Int,
        total: Int
    ) {
        self.firstCoderKey = firstCoderKey
        self.secondCoderKey = secondCoderKey
        self.both = both
        self.onlyFirst = onlyFirst
        self.onlySecond = onlySecond
        self.neither = total - both - onlyFirst - onlySecond
        self.total = total
    }

    /// The share of units on which the coders agree, `(both + neither) / total`; `nil` when there are no units.
    public var percentAgreement: Double? {
        CohenKappa.percentAgreement(
            total: total, both: both, onlyFirst: onlyFirst, onlySecond: onlySecond)
    }

    /// Cohen's kappa, or `nil` when it is undefined: no units, or no variation at all (both coders coded every
    /// unit, or neither coded any).
    ///
    /// `CohenKappa` itself answers 1 in the no-variation case; here it is `nil` because a code nobody applied says
    /// nothing about how reliably it is applied, and a 1 would flatter the average.
    public var kappa: Double? {
        guard onlyFirst != 0 || onlySecond != 0 || (both != 0 && neither != 0) else { return nil }
        return CohenKappa.kappa(total: total, both: both, onlyFirst: onlyFirst, onlySecond: onlySecond)
    }
}
