import SearchBenchSupport
import Testing

@Suite("Checking Threadline's hits against raw FTS5's counts")
struct CountComparisonTests {
    private func compare(anchor: Int, hits: Int, total: Int, more: Bool) -> Bool {
        CountComparison(match: "q", anchorMatches: anchor, hits: hits, total: total, totalIsLowerBound: more)
            .agrees(pageSize: 20, countLimit: 1000)
    }

    @Test("A rare query agrees when every match is on the page and counted")
    func rare() {
        #expect(compare(anchor: 7, hits: 7, total: 7, more: false))
        #expect(!compare(anchor: 7, hits: 6, total: 6, more: false))
    }

    @Test("A common query agrees when the page is full and the total stops at the cap")
    func common() {
        #expect(compare(anchor: 52_000, hits: 20, total: 1000, more: true))
        #expect(!compare(anchor: 52_000, hits: 20, total: 1000, more: false))
        #expect(compare(anchor: 1000, hits: 20, total: 1000, more: false))
        #expect(!compare(anchor: 999, hits: 20, total: 1000, more: false))
    }

    @Test("A disagreement names the query and both counts")
    func message() {
        let comparison = CountComparison(
            match: "joy AND always", anchorMatches: 40, hits: 20, total: 39,
            totalIsLowerBound: false)
        #expect(
            comparison.mismatchDescription == "query 'joy AND always': anchor matches 40; threadline hits 20, total 39")
    }
}
