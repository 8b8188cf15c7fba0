import Testing
import ThreadlineCore

@Suite("graphs of 0, 1 and 2 members")
struct SmallGraphTests {
    @Test("no members: zero counts and no value wherever the definition has none")
    func empty() throws {
        let metrics = try NetworkMetrics(NetworkGraph(members: [], ties: [], respondents: ["a"]))
        #expect(metrics.memberCount == 0)
        #expect(metrics.tieCount == 0)
        #expect(metrics.density == 0)
        #expect(metrics.reciprocity == nil)
        #expect(metrics.inCentralization == nil)
        #expect(metrics.outCentralization == nil)
        #expect(metrics.undirectedCentralization == nil)
        #expect(metrics.meanTrust == nil)
        #expect(metrics.trustPercent == nil)
        #expect(metrics.meanValue == nil)
        #expect(metrics.meanReach == nil)
        #expect(metrics.completionRate == nil)
        #expect(metrics.respondentCount == 0)
        #expect(metrics.members.isEmpty)
    }

    @Test("one member: density and reach 0, centralizations undefined")
    func single() throws {
        let metrics = try NetworkMetrics(TestGraphs.keyed(["a"], ties: [], respondents: ["a"]))
        #expect(metrics.density == 0)
        #expect(metrics.inCentralization == nil)
        #expect(metrics.undirectedCentralization == nil)
        #expect(metrics.members.map(\.reach) == [0])
        #expect(metrics.members.map(\.betweenness) == [0])
        #expect(metrics.meanReach == 0)
        #expect(metrics.completionRate == 1)
    }

    @Test(
        "two members tied both ways: density and reciprocity 1, undirected centralization undefined")
    func pair() throws {
        let metrics = try NetworkMetrics(TestGraphs.keyed(["a", "b"], ties: [("a", "b"), ("b", "a")]))
        #expect(metrics.density == 1)
        #expect(metrics.reciprocity == 1)
        #expect(metrics.inCentralization == 0)
        #expect(metrics.outCentralization == 0)
        #expect(metrics.undirectedCentralization == nil)
        #expect(metrics.members.map(\.undirectedDegree) == [1, 1])
        #expect(metrics.members.map(\.reach) == [1, 1])
        #expect(metrics.members.map(\.betweennessRaw) == [0, 0])
        #expect(metrics.completionRate == 0)
    }
}
