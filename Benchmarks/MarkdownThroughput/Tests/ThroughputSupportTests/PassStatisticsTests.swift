import Testing
import ThroughputSupport

@Suite("Pass statistics")
struct PassStatisticsTests {
    @Test("no passes, no statistics")
    func empty() {
        #expect(PassStatistics(seconds: []) == nil)
    }

    @Test("odd count: the middle pass")
    func oddMedian() throws {
        let statistics = try #require(PassStatistics(seconds: [0.5, 0.2, 0.9, 0.3, 0.4]))
        #expect(statistics.medianSeconds == 0.4)
        #expect(statistics.bestSeconds == 0.2)
        #expect(statistics.worstSeconds == 0.9)
    }

    @Test("even count: the slower of the two middle passes, never an average")
    func evenMedian() throws {
        let statistics = try #require(PassStatistics(seconds: [0.4, 0.1, 0.3, 0.2]))
        #expect(statistics.medianSeconds == 0.3)
    }

    @Test("one pass is its own median and best")
    func single() throws {
        let statistics = try #require(PassStatistics(seconds: [1.25]))
        #expect(statistics.medianSeconds == 1.25)
        #expect(statistics.bestSeconds == 1.25)
    }
}
