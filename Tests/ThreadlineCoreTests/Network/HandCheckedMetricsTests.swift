import Testing
import ThreadlineCore

@Suite("hand-checked metrics")
struct HandCheckedMetricsTests {
    @Test(
        "reciprocity counts the ties whose reverse also exists; a mutual pair is one undirected neighbour"
    )
    func reciprocity() throws {
        let graph = TestGraphs.keyed(
            ["0", "1", "2", "3"],
            ties: [("0", "1"), ("1", "0"), ("1", "2"), ("2", "3"), ("3", "2"), ("0", "3")]
        )
        let metrics = try NetworkMetrics(graph)
        #expect(isClose(metrics.reciprocity, 4.0 / 6))
        #expect(metrics.members.map(\.undirectedDegree) == [2, 2, 2, 2])
        #expect(isClose(metrics.undirectedCentralization, 0))
    }

    @Test(
        "reach counts members within two steps outward: on the path 0→1→2→3, member 0 reaches 2 of 3")
    func reachWithinTwoSteps() throws {
        let metrics = try NetworkMetrics(
            TestGraphs.keyed(["0", "1", "2", "3"], ties: [("0", "1"), ("1", "2"), ("2", "3")])
        )
        let expected: [Double] = [2.0 / 3, 2.0 / 3, 1.0 / 3, 0]
        #expect(metrics.members.map(\.reach) == expected)
        #expect(isClose(metrics.meanReach, 5.0 / 12))
    }

    @Test("reach counts a member reached by two routes once and never counts the member itself")
    func reachCountsOnce() throws {
        let metrics = try NetworkMetrics(
            TestGraphs.keyed(
                ["a", "b", "c", "d"], ties: [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("b", "a")])
        )
        let expected: [Double] = [2.0 / 3, 2.0 / 3, 2.0 / 3, 0]
        #expect(metrics.members.map(\.reach) == expected)
    }

    @Test("trust and value are means of the answered items; a tie with no trust item is left out")
    func trustAndValueWithBlanks() throws {
        let graph = NetworkGraph(
            members: ["a", "b", "c", "d"].map { NetworkMember(key: $0, name: $0, sector: "", type: "") },
            ties: [
                NetworkTie(from: "a", to: "b", reliability: 4, openness: 2),
                NetworkTie(from: "c", to: "b", power: 2),
                NetworkTie(
                    from: "d", to: "b", reliability: 1, mission: 1, openness: 1, power: 4, resources: 3),
            ],
            respondents: []
        )
        let metrics = try NetworkMetrics(graph)
        let rated = metrics.members[1]
        #expect(isClose(rated.trust, 2))
        #expect(rated.trustRatings == 2)
        #expect(isClose(rated.value, 2.75))
        #expect(rated.valueRatings == 2)
        #expect(metrics.members[0].trust == nil)
        #expect(metrics.members[0].trustRatings == 0)
        #expect(isClose(metrics.meanTrust, 2))
        #expect(isClose(metrics.trustPercent, 50))
        #expect(isClose(metrics.meanValue, 2.75))
        #expect(isClose(metrics.valuePercent, 68.75))
    }

    @Test("completion counts respondents who are members, over the member count")
    func completionRate() throws {
        let graph = TestGraphs.keyed(
            ["a", "b", "c", "d"], ties: [("a", "b")], respondents: ["a", "c", "not-a-member"])
        let metrics = try NetworkMetrics(graph)
        #expect(metrics.respondentCount == 2)
        #expect(isClose(metrics.completionRate, 0.5))
        #expect(metrics.members.map(\.responded) == [true, false, true, false])
    }

    @Test("an in-star has in-degree centralization 1 and its hub brokers nothing")
    func inStar() throws {
        let metrics = try NetworkMetrics(
            TestGraphs.keyed(["hub", "a", "b", "c"], ties: [("a", "hub"), ("b", "hub"), ("c", "hub")])
        )
        #expect(isClose(metrics.inCentralization, 1))
        #expect(isClose(metrics.undirectedCentralization, 1))
        #expect(metrics.members.map(\.betweenness) == [0, 0, 0, 0])
    }

    @Test("the same graph always gives identical figures")
    func deterministic() throws {
        let graph = TestGraphs.numbered(
            6, edges: [[0, 1, 1, 2], [1, 2, 3, 4], [2, 0, 2, 2], [3, 4, 4, 1], [4, 5, 1, 1]])
        #expect(try NetworkMetrics(graph) == NetworkMetrics(graph))
    }
}
