/// Coders compared over the sources an `AgreementScope` lets count.
public struct ScopedAgreementReport: Sendable, Hashable {
    /// The comparison: each pair's figures over that pair's sources, alpha over the sources counted for alpha.
    public var report: AgreementReport
    /// One entry per pair of coders, in the order of `OverallAgreement.pairs`: the keys of the sources counted for
    /// that pair, in the order given.
    public var pairSourceKeys: [[String]]
    /// The scope applied.
    public var scope: AgreementScope

    /// Creates a scoped report.
    public init(report: AgreementReport, pairSourceKeys: [[String]], scope: AgreementScope) {
        self.report = report
        self.pairSourceKeys = pairSourceKeys
        self.scope = scope
    }

    /// The per-source rows of pair `pair` (an index into `pairSourceKeys`) that a coding comparison lists: the
    /// sources counted for the pair, only the codes at least one of the two applied there, and, with a threshold,
    /// only rows whose kappa is below it or undefined (an undefined kappa cannot be shown to be good enough).
    public func sourceCodes(pair: Int, below threshold: KappaThreshold? = nil) -> [SourceCodeAgreement] {
        guard pair >= 0, pair < pairSourceKeys.count else { return [] }
        let allowed = Set(pairSourceKeys[pair])
        return report.sourceCodes.filter { cell in
            guard pair < cell.pairs.count, allowed.contains(cell.sourceKey) else { return false }
            let agreement = cell.pairs[pair]
            guard agreement.both + agreement.onlyFirst + agreement.onlySecond > 0 else { return false }
            return threshold?.keeps(agreement) ?? true
        }
    }
}
