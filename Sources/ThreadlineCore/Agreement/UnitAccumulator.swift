/// Adds up the sweeps of every (source, code) of one unit kind into per-code and pooled figures.
struct UnitAccumulator {
    private var codeTallies: [[PairTally]]
    private var codeAlphas: [BinaryAlphaTally]
    private var codeTotals: [Int]
    /// Per pair: Σ unitCount·κ and Σ unitCount over (code, source) pairs with a defined kappa, and how many.
    private var kappaSums: [(weighted: Double, weight: Double, count: Int)]
    private let coderCount: Int

    init(codeCount: Int, coderCount: Int, pairCount: Int) {
        self.coderCount = coderCount
        codeTallies = [[PairTally]](
            repeating: [PairTally](repeating: PairTally(), count: pairCount), count: codeCount)
        codeAlphas = [BinaryAlphaTally](
            repeating: BinaryAlphaTally(coderCount: coderCount), count: codeCount)
        codeTotals = [Int](repeating: 0, count: codeCount)
        kappaSums = [(Double, Double, Int)](repeating: (0, 0, 0), count: pairCount)
    }

    mutating func add(_ sweep: CodingSweep, code: Int, unitCount: Int) {
        codeTotals[code] += unitCount
        codeAlphas[code].add(sweep.alphaTally)
        for (pair, tally) in sweep.pairTallies.enumerated() {
            codeTallies[code][pair].add(tally)
            let single = tally.agreement(first: "", second: "", total: unitCount)
            if let kappa = single.kappa {
                kappaSums[pair].weighted += Double(unitCount) * kappa
                kappaSums[pair].weight += Double(unitCount)
                kappaSums[pair].count += 1
            }
        }
    }

    func agreement(
        unit: AgreementUnit, sourceKeys: [String], codes: [String], coders: [String],
        pairs: [(Int, Int)]
    ) -> UnitAgreement {
        var pooledTallies = [PairTally](repeating: PairTally(), count: pairs.count)
        var pooledAlpha = BinaryAlphaTally(coderCount: coderCount)
        var pooledTotal = 0
        var perCode: [CodeAgreement] = []
        for (code, key) in codes.enumerated() {
            pooledTotal += codeTotals[code]
            pooledAlpha.add(codeAlphas[code])
            var agreements: [PairAgreement] = []
            for (pair, coderPair) in pairs.enumerated() {
                pooledTallies[pair].add(codeTallies[code][pair])
                agreements.append(
                    codeTallies[code][pair].agreement(
                        first: coders[coderPair.0], second: coders[coderPair.1], total: codeTotals[code]))
            }
            perCode.append(CodeAgreement(codeKey: key, pairs: agreements, alpha: codeAlphas[code].alpha))
        }
        var pooled: [PairAgreement] = []
        var means: [MeanKappa] = []
        for (pair, coderPair) in pairs.enumerated() {
            let first = coders[coderPair.0]
            let second = coders[coderPair.1]
            pooled.append(pooledTallies[pair].agreement(first: first, second: second, total: pooledTotal))
            let sums = kappaSums[pair]
            // A defined kappa needs variation, so every source in the mean has units and the weight is positive.
            let value = sums.count > 0 && sums.weight > 0 ? sums.weighted / sums.weight : nil
            means.append(
                MeanKappa(
                    firstCoderKey: first, secondCoderKey: second, value: value, definedCount: sums.count))
        }
        let overall = OverallAgreement(pairs: pooled, alpha: pooledAlpha.alpha, meanKappas: means)
        return UnitAgreement(unit: unit, sourceKeys: sourceKeys, codes: perCode, overall: overall)
    }
}
