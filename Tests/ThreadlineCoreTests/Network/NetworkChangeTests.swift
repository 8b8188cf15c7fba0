import Testing
import ThreadlineCore

@Suite("change between waves")
struct NetworkChangeTests {
    private static func member(_ key: String, _ name: String) -> NetworkMember {
        NetworkMember(key: key, name: name, sector: "", type: "")
    }

    private static func tie(_ from: String, _ to: String, trust: Int?) -> NetworkTie {
        NetworkTie(from: from, to: to, reliability: trust, mission: trust, openness: trust)
    }

    static let earlierGraph = NetworkGraph(
        members: [member("a", "Alpha"), member("b", "Bravo"), member("c", "Charlie")],
        ties: [tie("a", "b", trust: 2), tie("b", "c", trust: 3), tie("c", "a", trust: 4)],
        respondents: ["a", "b"]
    )
    static let laterGraph = NetworkGraph(
        members: [member("b", "Bravo"), member("c", "Charlie"), member("d", "Delta")],
        ties: [
            tie("b", "c", trust: 4), tie("c", "d", trust: 1), tie("d", "b", trust: 3),
            tie("b", "d", trust: nil),
        ],
        respondents: ["b", "c", "d"]
    )

    private func change() throws -> NetworkChange {
        NetworkChange(
            from: try NetworkMetrics(Self.earlierGraph), to: try NetworkMetrics(Self.laterGraph),
            earlierGraph: Self.earlierGraph, laterGraph: Self.laterGraph
        )
    }

    @Test("members joined and left, and ties kept, gained and lost, are matched by key")
    func membership() throws {
        let change = try change()
        #expect(change.membersJoined == ["d"])
        #expect(change.membersLeft == ["a"])
        #expect(change.tiesKept == [TiePair(from: "b", to: "c")])
        #expect(
            change.tiesGained == [
                TiePair(from: "c", to: "d"), TiePair(from: "d", to: "b"), TiePair(from: "b", to: "d"),
            ])
        #expect(change.tiesLost == [TiePair(from: "a", to: "b"), TiePair(from: "c", to: "a")])
        #expect(change.memberCountChange == 0)
        #expect(change.tieCountChange == 1)
    }

    @Test("network differences are later minus earlier")
    func networkDifferences() throws {
        let change = try change()
        #expect(isClose(change.densityChange, 4.0 / 6 - 0.5))
        #expect(isClose(change.reciprocityChange, 0.5))
        #expect(isClose(change.meanTrustChange, 8.0 / 3 - 3))
        #expect(change.meanValueChange == nil)
        #expect(isClose(change.completionRateChange, 1 - 2.0 / 3))
    }

    @Test("each member in both waves has its own changes")
    func memberChanges() throws {
        let changes = try change().memberChanges
        #expect(changes.map(\.key) == ["b", "c"])
        #expect(isClose(changes[0].trustChange, 1))
        #expect(changes[0].inDegreeChange == 0)
        #expect(changes[0].outDegreeChange == 1)
        #expect(isClose(changes[1].trustChange, 1))
        #expect(changes[1].valueChange == nil)
        #expect(
            isClose(
                changes[1].betweennessChange, changes[1].later.betweenness - changes[1].earlier.betweenness)
        )
        #expect(changes[1].betweennessChange != 0)
    }

    @Test("the sentences tell the change in plain English with two decimals")
    func sentences() throws {
        let sentences = try change().sentences()
        #expect(sentences.contains("The network kept its 3 members."))
        #expect(sentences.contains("1 organisation joined: Delta."))
        #expect(sentences.contains("1 organisation left: Alpha."))
        #expect(sentences.contains("The network went from 3 to 4 ties: 3 gained, 2 lost and 1 kept."))
        #expect(sentences.contains("Density rose from 0.50 to 0.67."))
        #expect(sentences.contains("Reciprocity rose from 0.00 to 0.50."))
        #expect(sentences.contains("Trust across the network fell from 3.00 to 2.67 out of 4."))
        #expect(
            sentences.contains(
                "Value across the network cannot be compared, because both waves have no value ratings."))
        #expect(sentences.contains("Trust in Bravo rose the most, from 2.00 to 3.00 out of 4."))
        #expect(!sentences.contains { $0.contains("fell the most") })
    }

    @Test("a long list of newcomers is cut after ten names")
    func longList() throws {
        let keys = (0..<12).map { "m\($0)" }
        let earlier = TestGraphs.keyed([], ties: [])
        let later = TestGraphs.keyed(keys, ties: [])
        let change = NetworkChange(
            from: try NetworkMetrics(earlier), to: try NetworkMetrics(later), earlierGraph: earlier,
            laterGraph: later
        )
        let sentences = change.sentences()
        #expect(
            sentences.contains(
                "12 organisations joined: m0, m1, m2, m3, m4, m5, m6, m7, m8, m9 and 2 more."))
        #expect(sentences.contains("The network went from 0 to 12 members."))
        #expect(sentences.contains("Density stayed at 0.00."))
        #expect(
            sentences.contains(
                "Mean reach within two steps cannot be compared, because the earlier wave has no members."))
    }
}
