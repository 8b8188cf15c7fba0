import Testing

@testable import ThreadlineCore

@Suite struct MaturityChangeTests {
    func cell(_ place: String, _ enabler: String, _ year: Int, _ histogram: [Int]) throws
        -> MaturityCell
    {
        let summary = try #require(MaturitySummary(histogram: histogram, lowestValue: 1))
        return MaturityCell(placeKey: place, enablerKey: enabler, year: year, summary: summary)
    }

    @Test func comparesMediansAndCountsBetweenTwoYears() throws {
        let cells = [
            try cell("wigan", "leadership", 2023, [0, 2, 1, 0, 0]),  // median 2, n 3
            try cell("wigan", "leadership", 2024, [0, 0, 1, 1, 0]),  // median 3.5, n 2
            try cell("wigan", "leadership", 2022, [5, 0, 0, 0, 0]),  // another year: ignored
            try cell("bolton", "workforce", 2024, [0, 0, 0, 0, 4]),  // only the later year
            try cell("bury", "power", 2023, [1, 0, 0, 0, 0]),  // only the earlier year
        ]
        let changes = MaturityAggregation.change(from: 2023, to: 2024, cells: cells)
        #expect(changes.map(\.placeKey) == ["bolton", "bury", "wigan"])
        let wigan = try #require(changes.last)
        #expect(wigan.fromMedian == 2 && wigan.toMedian == 3.5)
        #expect(wigan.fromN == 3 && wigan.toN == 2)
        #expect(wigan.medianDifference == 1.5)
        #expect(wigan.fromYear == 2023 && wigan.toYear == 2024)
        #expect(changes[0].fromMedian == nil && changes[0].fromN == 0 && changes[0].toN == 4)
        #expect(changes[0].medianDifference == nil)
        #expect(changes[1].toMedian == nil && changes[1].medianDifference == nil)
    }

    @Test func fallingMediansGiveNegativeDifferencesAndRepeatedKeysUseTheFirstCell() throws {
        let cells = [
            try cell("a", "e", 2020, [0, 0, 0, 0, 1]),
            try cell("a", "e", 2020, [1, 0, 0, 0, 0]),
            try cell("a", "e", 2021, [0, 1, 0, 0, 0]),
        ]
        let changes = MaturityAggregation.change(from: 2020, to: 2021, cells: cells)
        #expect(changes.count == 1)
        #expect(changes.first?.medianDifference == -3)
    }

    @Test func findsNothingWhenNeitherYearHasCells() throws {
        let cells = [try cell("a", "e", 2020, [1, 0, 0, 0, 0])]
        #expect(MaturityAggregation.change(from: 2023, to: 2024, cells: cells).isEmpty)
    }
}
