/// Which sources count when coders are compared.
///
/// A coder who never opened a source did not decide that none of its text deserves a code; counting its units as
/// "not coded" would call that agreement. So by default a pair of coders is compared only over the sources both of
/// them coded (with any code, not only the codes compared), and Krippendorff's alpha over all coders only over the
/// sources at least two of them coded. With `includesAllSources`, every source counts for everyone, as an
/// unscoped comparison does.
public struct AgreementScope: Sendable, Hashable {
    /// Whether sources only one coder (or none) coded count too.
    public var includesAllSources: Bool

    /// Creates a scope; by default only shared sources count.
    public init(includesAllSources: Bool = false) {
        self.includesAllSources = includesAllSources
    }

    /// The keys of `sources` that count for the pair `first` and `second`, in the order given.
    ///
    /// - Parameter codedSources: For each coder's key, the keys of the sources that coder applied any code to.
    public func sourceKeys(
        first: String, second: String, among sources: [String], codedSources: [String: Set<String>]
    ) -> [String] {
        guard !includesAllSources else { return sources }
        let firstCoded = codedSources[first] ?? []
        let secondCoded = codedSources[second] ?? []
        return sources.filter { firstCoded.contains($0) && secondCoded.contains($0) }
    }

    /// The keys of `sources` that count for Krippendorff's alpha over all `coders`, in the order given: those at
    /// least two of them coded, or every one with `includesAllSources`.
    public func sourceKeys(
        coders: [String], among sources: [String], codedSources: [String: Set<String>]
    ) -> [String] {
        guard !includesAllSources else { return sources }
        let coded = coders.map { codedSources[$0] ?? [] }
        return sources.filter { source in coded.count(where: { $0.contains(source) }) >= 2 }
    }

    /// Compares `coders` on `codes` over the sources this scope lets count.
    ///
    /// The report's alpha, per-code alpha, disagreements and per-source rows cover the sources counted for alpha;
    /// each pair's pooled and per-code figures (and NVivo-style mean kappa) cover only that pair's sources.
    /// - Parameters:
    ///   - sources: Every source that may be compared.
    ///   - codes: The codes to compare, in the order the report lists them.
    ///   - coders: The coders to compare, in the order pairs are formed.
    ///   - spans: Every coder's coding of the compared codes.
    ///   - codedSources: For each coder's key, the keys of the sources that coder applied any code to.
    /// - Throws: `AgreementError` as `CodingAgreement.compute` does.
    public func compute(
        sources: [AgreementSource], codes: [String], coders: [String], spans: [AgreementSpan],
        codedSources: [String: Set<String>]
    ) throws(AgreementError) -> ScopedAgreementReport {
        let allKeys = sources.map(\.key)
        let known = Set(allKeys)
        let alphaKeys = Set(sourceKeys(coders: coders, among: allKeys, codedSources: codedSources))
        let counted = sources.filter { alphaKeys.contains($0.key) }
        let report = try CodingAgreement.compute(
            sources: counted, codes: codes, coders: coders,
            spans: spans.filter { alphaKeys.contains($0.sourceKey) || !known.contains($0.sourceKey) })
        var pairSourceKeys: [[String]] = []
        for first in coders.indices {
            for second in coders.indices where second > first {
                pairSourceKeys.append(
                    sourceKeys(
                        first: coders[first], second: coders[second], among: counted.map(\.key),
                        codedSources: codedSources))
            }
        }
        var byUnit: [AgreementUnit: UnitAgreement] = [:]
        for (unit, agreement) in report.byUnit {
            byUnit[unit] = Self.rescoped(
                agreement, cells: report.sourceCodes.filter { $0.unit == unit }, pairSourceKeys: pairSourceKeys)
        }
        var scoped = report
        scoped.byUnit = byUnit
        return ScopedAgreementReport(report: scoped, pairSourceKeys: pairSourceKeys, scope: self)
    }

    /// `agreement` with each pair's figures added up again over only that pair's sources.
    private static func rescoped(
        _ agreement: UnitAgreement, cells: [SourceCodeAgreement], pairSourceKeys: [[String]]
    ) -> UnitAgreement {
        var result = agreement
        let allowed = pairSourceKeys.map(Set.init)
        func sum(_ pair: Int, _ cells: [SourceCodeAgreement], model: PairAgreement) -> PairAgreement {
            var both = 0
            var onlyFirst = 0
            var onlySecond = 0
            var total = 0
            for cell in cells where pair < cell.pairs.count && allowed[pair].contains(cell.sourceKey) {
                both += cell.pairs[pair].both
                onlyFirst += cell.pairs[pair].onlyFirst
                onlySecond += cell.pairs[pair].onlySecond
                total += cell.pairs[pair].total
            }
            return PairAgreement(
                firstCoderKey: model.firstCoderKey, secondCoderKey: model.secondCoderKey, both: both,
                onlyFirst: onlyFirst, onlySecond: onlySecond, total: total)
        }
        for (pair, model) in agreement.overall.pairs.enumerated() where pair < allowed.count {
            result.overall.pairs[pair] = sum(pair, cells, model: model)
            var weighted = 0.0
            var weight = 0.0
            var count = 0
            for cell in cells where pair < cell.pairs.count && allowed[pair].contains(cell.sourceKey) {
                guard let kappa = cell.pairs[pair].kappa else { continue }
                weighted += Double(cell.pairs[pair].total) * kappa
                weight += Double(cell.pairs[pair].total)
                count += 1
            }
            if pair < result.overall.meanKappas.count {
                result.overall.meanKappas[pair].value = count > 0 && weight > 0 ? weighted / weight : nil
                result.overall.meanKappas[pair].definedCount = count
            }
        }
        for (index, code) in agreement.codes.enumerated() {
            let codeCells = cells.filter { $0.codeKey == code.codeKey }
            for (pair, model) in code.pairs.enumerated() where pair < allowed.count {
                result.codes[index].pairs[pair] = sum(pair, codeCells, model: model)
            }
        }
        return result
    }
}
