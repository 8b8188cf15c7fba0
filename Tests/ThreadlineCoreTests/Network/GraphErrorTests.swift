import Testing
import ThreadlineCore

@Suite("graph errors")
struct GraphErrorTests {
    private func error(of graph: NetworkGraph) -> NetworkGraphError? {
        do {
            _ = try NetworkMetrics(graph)
            return nil
        } catch {
            return error
        }
    }

    @Test("a repeated member key names both positions")
    func duplicateMember() {
        let found = error(of: TestGraphs.keyed(["a", "b", "a"], ties: []))
        #expect(found == .duplicateMember(memberIndex: 2, firstMemberIndex: 0, key: "a"))
        #expect(found?.description.contains("Member 2") == true)
        #expect(found?.description.contains("member 0") == true)
    }

    @Test("a tie to an unknown member names the tie and the missing key")
    func unknownTarget() {
        let found = error(of: TestGraphs.keyed(["a", "b"], ties: [("a", "b"), ("b", "x")]))
        #expect(found == .unknownMember(tieIndex: 1, from: "b", to: "x", missingKey: "x"))
        #expect(found?.description.contains("Tie 1") == true)
        #expect(found?.description.contains("\"x\"") == true)
    }

    @Test("a tie from an unknown member names the missing source")
    func unknownSource() {
        let found = error(of: TestGraphs.keyed(["a", "b"], ties: [("y", "b")]))
        #expect(found == .unknownMember(tieIndex: 0, from: "y", to: "b", missingKey: "y"))
    }

    @Test("a tie from a member to itself is refused")
    func selfTie() {
        let found = error(
            of: TestGraphs.keyed(["a", "b"], ties: [("a", "b"), ("b", "a"), ("b", "b")]))
        #expect(found == .selfTie(tieIndex: 2, key: "b"))
        #expect(found?.description.contains("Tie 2") == true)
    }

    @Test("a repeated ordered pair names both ties, but the reverse pair is allowed")
    func duplicateTie() {
        let found = error(
            of: TestGraphs.keyed(
                ["a", "b", "c"], ties: [("a", "b"), ("b", "a"), ("b", "c"), ("a", "b")]))
        #expect(found == .duplicateTie(tieIndex: 3, firstTieIndex: 0, from: "a", to: "b"))
        #expect(found?.description.contains("repeats tie 0") == true)
    }

    @Test("member keys are checked before ties")
    func membersFirst() {
        let found = error(of: TestGraphs.keyed(["a", "a"], ties: [("a", "zz")]))
        #expect(found == .duplicateMember(memberIndex: 1, firstMemberIndex: 0, key: "a"))
    }
}
