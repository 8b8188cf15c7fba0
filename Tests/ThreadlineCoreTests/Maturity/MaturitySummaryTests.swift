import Testing

@testable import ThreadlineCore

@Suite struct MaturitySummaryTests {
    /// The summary of `values` on a scale whose lowest level is `lowest` and which has `levels` levels.
    func summary(_ values: [Int], lowest: Int = 1, levels: Int = 5) -> MaturitySummary? {
        var histogram = [Int](repeating: 0, count: levels)
        for value in values { histogram[value - lowest] += 1 }
        return MaturitySummary(histogram: histogram, lowestValue: lowest)
    }

    @Test func hasNoSummaryWithoutAnswers() {
        #expect(summary([]) == nil)
        #expect(MaturitySummary(histogram: [], lowestValue: 1) == nil)
    }

    @Test func refusesNegativeCountsAndOverflow() {
        #expect(MaturitySummary(histogram: [2, -1, 1], lowestValue: 1) == nil)
        #expect(MaturitySummary(histogram: [Int.max, 1], lowestValue: 1) == nil)
        #expect(MaturitySummary(histogram: [1, 1], lowestValue: Int.max - 1) == nil)
    }

    @Test func oneAnswerIsEveryStatistic() throws {
        let one = try #require(summary([3]))
        #expect(one.n == 1)
        #expect([one.lowerQuartile, one.median, one.upperQuartile] == [3, 3, 3])
        #expect(one.minimum == 3 && one.maximum == 3)
        #expect(one.histogram == [0, 0, 1, 0, 0])
    }

    @Test func twoAnswersInterpolate() throws {
        // h = (2 − 1)·p: 0.25, 0.5 and 0.75 of the way from 1 to 5.
        let two = try #require(summary([5, 1]))
        #expect([two.lowerQuartile, two.median, two.upperQuartile] == [2, 3, 4])
        #expect(two.minimum == 1 && two.maximum == 5)
    }

    @Test func threeAnswers() throws {
        // h = 0.5, 1, 1.5 on 1, 2, 5.
        let three = try #require(summary([2, 5, 1]))
        #expect([three.lowerQuartile, three.median, three.upperQuartile] == [1.5, 2, 3.5])
    }

    @Test func fourAnswersMatchTheTextbookExample() throws {
        // R: quantile(c(1, 2, 3, 4)) gives 1.75, 2.5, 3.25; numpy.percentile([1, 2, 3, 4], [25, 50, 75]) too.
        let four = try #require(summary([4, 3, 2, 1]))
        #expect([four.lowerQuartile, four.median, four.upperQuartile] == [1.75, 2.5, 3.25])
        #expect(four.interquartileRange == 1.5)
    }

    @Test func matchesOtherKnownResults() throws {
        // R: quantile(c(1, 2, 2, 3, 5)) gives 2, 2, 3 at 25%, 50%, 75%.
        let five = try #require(summary([1, 2, 2, 3, 5]))
        #expect([five.lowerQuartile, five.median, five.upperQuartile] == [2, 2, 3])
        // R: quantile(c(1, 1, 2, 4, 4, 5)) gives 1.25, 3, 4 (h = 1.25, 2.5, 3.75).
        let six = try #require(summary([1, 1, 2, 4, 4, 5]))
        #expect([six.lowerQuartile, six.median, six.upperQuartile] == [1.25, 3, 4])
        #expect(six.histogram == [2, 1, 0, 2, 1])
    }

    @Test func worksOnScalesThatDoNotStartAtOne() throws {
        let centred = try #require(summary([-2, -1, 0, 2], lowest: -2, levels: 5))
        #expect([centred.lowerQuartile, centred.median, centred.upperQuartile] == [-1.25, -0.5, 0.5])
        #expect(centred.minimum == -2 && centred.maximum == 2)
    }
}
