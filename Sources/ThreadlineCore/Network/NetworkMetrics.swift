/// The figures of one wave of a partnership network survey: size, density, reciprocity, degree centralization,
/// trust and value, reach and completion, and every member's own figures.
///
/// The definitions are those of ../shared/domain.md ("Formulas") with the conventions of networkx as used by
/// ../shared/bench/network_anchor.py, which is the oracle the tests check against (n members, m ties):
///
/// - density = m ÷ (n(n − 1)), 0 when n < 2 (`nx.density`);
/// - reciprocity = the share of ties whose reverse tie also exists (`nx.overall_reciprocity`);
/// - Freeman in-/out-degree centralization = Σ(max − degreeᵢ) ÷ (n − 1)²; undirected degree centralization on the
///   symmetrised graph = Σ(max − dᵢ) ÷ ((n − 1)(n − 2));
/// - betweenness = `nx.betweenness_centrality` of the directed, unweighted graph (Brandes 2001);
/// - trust and value = PARTNER's means of the 1–4 trust and value items; blank items and unrated ties are left out.
///
/// All sums run in the graph's member and tie order, so the same graph always gives the same bits.
public struct NetworkMetrics: Hashable, Sendable, Codable {
    /// n, the number of members.
    public var memberCount: Int
    /// m, the number of ties.
    public var tieCount: Int
    /// m ÷ (n(n − 1)): the share of possible directed ties that exist; 0 when n < 2, as networkx.
    public var density: Double
    /// The share of ties whose reverse tie also exists (networkx `overall_reciprocity`); `nil` when m = 0.
    public var reciprocity: Double?
    /// Freeman in-degree centralization Σ(max in − inᵢ) ÷ (n − 1)², 1 for an in-star; `nil` when n < 2.
    public var inCentralization: Double?
    /// Freeman out-degree centralization Σ(max out − outᵢ) ÷ (n − 1)², 1 for an out-star; `nil` when n < 2.
    public var outCentralization: Double?
    /// Freeman degree centralization of the symmetrised graph, Σ(max d − dᵢ) ÷ ((n − 1)(n − 2)), 1 for a star;
    /// `nil` when n < 3.
    public var undirectedCentralization: Double?
    /// Each member's figures, in the graph's member order.
    public var members: [MemberMetrics]
    /// The mean trust score over all ties that have one, on the 1–4 scale; `nil` when no tie has one.
    public var meanTrust: Double?
    /// The mean value score over all ties that have one, on the 1–4 scale; `nil` when no tie has one.
    public var meanValue: Double?
    /// ``meanTrust`` as a percentage of the scale's maximum: mean ÷ 4 × 100.
    public var trustPercent: Double?
    /// ``meanValue`` as a percentage of the scale's maximum: mean ÷ 4 × 100.
    public var valuePercent: Double?
    /// The mean of the members' two-step ``MemberMetrics/reach``; `nil` when n = 0.
    public var meanReach: Double?
    /// The number of members whose key is among the graph's respondents (keys that are not members are ignored).
    public var respondentCount: Int
    /// ``respondentCount`` ÷ n; `nil` when n = 0.
    public var completionRate: Double?

    /// Measures `graph`.
    ///
    /// - Throws: ``NetworkGraphError`` for the first member key used twice or the first tie that names an unknown
    ///   member, ties a member to itself or repeats an ordered pair.
    public init(_ graph: NetworkGraph) throws(NetworkGraphError) {
        let network = try IndexedNetwork(graph)
        let count = network.memberCount
        memberCount = count
        tieCount = network.tieSources.count

        let inDegrees = (0..<count).map { network.inStart[$0 + 1] - network.inStart[$0] }
        let outDegrees = (0..<count).map { network.outStart[$0 + 1] - network.outStart[$0] }
        let mutualDegrees = Self.mutualDegrees(of: network)
        let undirectedDegrees = (0..<count).map { inDegrees[$0] + outDegrees[$0] - mutualDegrees[$0] }

        density = count < 2 ? 0 : Double(tieCount) / (Double(count) * Double(count - 1))
        // Each mutual pair adds one to the mutual degree of both ends, and is two reciprocated ties.
        reciprocity = tieCount == 0 ? nil : Double(mutualDegrees.reduce(0, +)) / Double(tieCount)
        let squaredSpan = Double(count - 1) * Double(count - 1)
        inCentralization = count < 2 ? nil : Double(Self.shortfallFromMaximum(inDegrees)) / squaredSpan
        outCentralization =
            count < 2 ? nil : Double(Self.shortfallFromMaximum(outDegrees)) / squaredSpan
        undirectedCentralization =
            count < 3
            ? nil
            : Double(Self.shortfallFromMaximum(undirectedDegrees))
                / (Double(count - 1) * Double(count - 2))

        let rawBetweenness = BrandesBetweenness.rawScores(of: network)
        let betweennessScale = count > 2 ? 1 / (Double(count - 1) * Double(count - 2)) : 1
        let reach = Self.twoStepReach(of: network)
        let ratings = TieRatings(graph: graph, network: network)

        var respondentCount = 0
        var members: [MemberMetrics] = []
        members.reserveCapacity(count)
        for (index, member) in graph.members.enumerated() {
            let responded = graph.respondents.contains(member.key)
            if responded { respondentCount += 1 }
            members.append(
                MemberMetrics(
                    key: member.key, inDegree: inDegrees[index], outDegree: outDegrees[index],
                    undirectedDegree: undirectedDegrees[index],
                    betweenness: rawBetweenness[index] * betweennessScale,
                    betweennessRaw: rawBetweenness[index], reach: reach[index],
                    trust: ratings.memberTrust.mean(at: index), value: ratings.memberValue.mean(at: index),
                    trustRatings: ratings.memberTrust.counts[index],
                    valueRatings: ratings.memberValue.counts[index],
                    responded: responded
                )
            )
        }
        self.members = members
        meanTrust = ratings.networkTrust
        meanValue = ratings.networkValue
        trustPercent = ratings.networkTrust.map { $0 / 4 * 100 }
        valuePercent = ratings.networkValue.map { $0 / 4 * 100 }
        meanReach = count == 0 ? nil : reach.reduce(0, +) / Double(count)
        self.respondentCount = respondentCount
        completionRate = count == 0 ? nil : Double(respondentCount) / Double(count)
    }

    /// Σ(max − degreeᵢ), the numerator of Freeman's centralization, summed in integers so it is exact.
    private static func shortfallFromMaximum(_ degrees: [Int]) -> Int {
        guard let maximum = degrees.max() else { return 0 }
        return degrees.reduce(0) { $0 + (maximum - $1) }
    }

    /// For each member, how many members it is tied to in both directions; a stamp array marks the current
    /// member's in-neighbours so that no set is built per member.
    private static func mutualDegrees(of network: IndexedNetwork) -> [Int] {
        let count = network.memberCount
        var stamp = [Int](repeating: -1, count: count)
        var mutual = [Int](repeating: 0, count: count)
        for member in 0..<count {
            for edge in network.inStart[member]..<network.inStart[member + 1] {
                stamp[network.inSources[edge]] = member
            }
            var both = 0
            for edge in network.outStart[member]..<network.outStart[member + 1]
            where stamp[network.outTargets[edge]] == member {
                both += 1
            }
            mutual[member] = both
        }
        return mutual
    }

    /// For each member, the share of the other n − 1 members reached by following ties outward in one or two
    /// steps (domain.md "Reach"); a stamp array counts each member reached once without a set per member.
    private static func twoStepReach(of network: IndexedNetwork) -> [Double] {
        let count = network.memberCount
        guard count > 1 else { return [Double](repeating: 0, count: count) }
        let outStart = network.outStart
        let outTargets = network.outTargets
        var stamp = [Int](repeating: -1, count: count)
        var reach = [Double](repeating: 0, count: count)
        for member in 0..<count {
            stamp[member] = member
            var reached = 0
            for edge in outStart[member]..<outStart[member + 1] {
                let neighbour = outTargets[edge]
                if stamp[neighbour] != member {
                    stamp[neighbour] = member
                    reached += 1
                }
                for secondEdge in outStart[neighbour]..<outStart[neighbour + 1] {
                    let secondNeighbour = outTargets[secondEdge]
                    if stamp[secondNeighbour] != member {
                        stamp[secondNeighbour] = member
                        reached += 1
                    }
                }
            }
            reach[member] = Double(reached) / Double(count - 1)
        }
        return reach
    }
}
