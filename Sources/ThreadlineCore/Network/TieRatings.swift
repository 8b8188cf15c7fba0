/// The trust and value scores of a graph's ties, added up per member rated and over the whole network.
///
/// PARTNER trust (value) of an organisation is the mean of the trust (value) scores of the ties into it, and of the
/// network the mean over all rated ties (../shared/domain.md, "Formulas"); a tie without a score is left out of
/// both the sum and the count rather than counted as zero.
struct TieRatings {
    /// Per-member sums and counts of one score, indexed by member number.
    struct Totals {
        /// The sum of the scores of the ties into each member.
        var sums: [Double]
        /// How many ties into each member have a score.
        var counts: [Int]

        /// The mean score of the member numbered `index`, `nil` when no tie into it has a score.
        func mean(at index: Int) -> Double? {
            counts[index] == 0 ? nil : sums[index] / Double(counts[index])
        }
    }

    /// The trust totals of each member.
    let memberTrust: Totals
    /// The value totals of each member.
    let memberValue: Totals
    /// The mean trust score over all ties that have one.
    let networkTrust: Double?
    /// The mean value score over all ties that have one.
    let networkValue: Double?

    /// Adds up the scores of `graph`'s ties, in tie order, into the members `network` numbered.
    init(graph: NetworkGraph, network: IndexedNetwork) {
        let count = network.memberCount
        var trust = Totals(
            sums: [Double](repeating: 0, count: count), counts: [Int](repeating: 0, count: count))
        var value = trust
        var trustSum = 0.0
        var trustCount = 0
        var valueSum = 0.0
        var valueCount = 0
        for (tieIndex, tie) in graph.ties.enumerated() {
            let target = network.tieTargets[tieIndex]
            if let score = tie.trustScore {
                trust.sums[target] += score
                trust.counts[target] += 1
                trustSum += score
                trustCount += 1
            }
            if let score = tie.valueScore {
                value.sums[target] += score
                value.counts[target] += 1
                valueSum += score
                valueCount += 1
            }
        }
        memberTrust = trust
        memberValue = value
        networkTrust = trustCount == 0 ? nil : trustSum / Double(trustCount)
        networkValue = valueCount == 0 ? nil : valueSum / Double(valueCount)
    }
}
