import Testing
import ThreadlineCore

/// A tiny seeded generator for the tests (xorshift64*), so every run draws the same graphs.
struct TestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x1234_5678 : seed }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

@Suite("random graphs against a slow reference")
struct RandomCrossCheckTests {
    @Test(
        "40-member random graphs agree with definitions computed the slow way",
        arguments: [(1, 0.06), (2, 0.12), (3, 0.3)])
    func crossCheck(seed: Int, probability: Double) throws {
        var random = TestRandom(seed: UInt64(seed))
        let count = 40
        var edges: [(Int, Int)] = []
        var ties: [NetworkTie] = []
        for from in 0..<count {
            for to in 0..<count where from != to && Double.random(in: 0..<1, using: &random) < probability {
                edges.append((from, to))
                // Some items left blank so the means must skip them.
                func item() -> Int? {
                    Bool.random(using: &random) ? Int.random(in: 1...4, using: &random) : nil
                }
                ties.append(
                    NetworkTie(
                        from: "\(from)", to: "\(to)", reliability: item(), mission: item(), openness: item(),
                        power: item(), involvement: item(), resources: item()
                    )
                )
            }
        }
        // Shuffle the tie order: the figures must not depend on it beyond rounding.
        var order = Array(ties.indices)
        order.shuffle(using: &random)
        let members = (0..<count).map { NetworkMember(key: "\($0)", name: "", sector: "", type: "") }
        let graph = NetworkGraph(
            members: members, ties: order.map { ties[$0] }, respondents: ["3", "5", "x"])
        let metrics = try NetworkMetrics(graph)
        let reference = SlowReferenceMetrics(count: count, edges: edges)
        let edgeSet = Set(edges.map { $0.0 * count + $0.1 })

        #expect(metrics.tieCount == edges.count)
        #expect(isClose(metrics.density, Double(edges.count) / Double(count * (count - 1))))
        let mutual = edges.filter { edgeSet.contains($0.1 * count + $0.0) }.count
        #expect(isClose(metrics.reciprocity, Double(mutual) / Double(edges.count)))
        var inDegrees = [Int](repeating: 0, count: count)
        var outDegrees = [Int](repeating: 0, count: count)
        var undirected = [Int](repeating: 0, count: count)
        for (from, to) in edges {
            outDegrees[from] += 1
            inDegrees[to] += 1
        }
        for member in 0..<count {
            undirected[member] =
                (0..<count).filter {
                    edgeSet.contains(member * count + $0) || edgeSet.contains($0 * count + member)
                }.count
        }
        #expect(metrics.members.map(\.inDegree) == inDegrees)
        #expect(metrics.members.map(\.outDegree) == outDegrees)
        #expect(metrics.members.map(\.undirectedDegree) == undirected)
        let maxIn = inDegrees.max() ?? 0
        let span = Double((count - 1) * (count - 1))
        #expect(
            isClose(metrics.inCentralization, Double(inDegrees.map { maxIn - $0 }.reduce(0, +)) / span))
        let maxUndirected = undirected.max() ?? 0
        #expect(
            isClose(
                metrics.undirectedCentralization,
                Double(undirected.map { maxUndirected - $0 }.reduce(0, +))
                    / Double((count - 1) * (count - 2))
            )
        )
        for (index, member) in metrics.members.enumerated() {
            let raw = reference.rawBetweenness(of: index)
            #expect(isClose(member.betweennessRaw, raw), "member \(index)")
            #expect(
                isClose(member.betweenness, raw / Double((count - 1) * (count - 2))), "member \(index)")
            #expect(member.reach == reference.reach(of: index), "member \(index)")
            let incoming = graph.ties.filter { $0.to == member.key }
            let trusts = incoming.compactMap(\.trustScore)
            #expect(member.trustRatings == trusts.count)
            #expect(
                isClose(member.trust, trusts.isEmpty ? nil : trusts.reduce(0, +) / Double(trusts.count)))
            let values = incoming.compactMap(\.valueScore)
            #expect(
                isClose(member.value, values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)))
        }
        let allTrust = graph.ties.compactMap(\.trustScore)
        #expect(isClose(metrics.meanTrust, allTrust.reduce(0, +) / Double(allTrust.count)))
        #expect(metrics.respondentCount == 2)
        #expect(metrics.members.contains { $0.betweennessRaw > 0 })
    }
}
