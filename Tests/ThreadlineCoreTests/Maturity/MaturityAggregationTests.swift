import Testing

@testable import ThreadlineCore

@Suite struct MaturityAggregationTests {
    func rating(_ place: String, _ enabler: String, _ year: Int, _ value: Int) -> MaturityRating {
        MaturityRating(placeKey: place, enablerKey: enabler, year: year, value: value)
    }

    @Test func summarisesEachCellSortedByPlaceEnablerAndYear() throws {
        let ratings = [
            rating("wigan", "leadership", 2024, 4), rating("bolton", "workforce", 2023, 2),
            rating("wigan", "leadership", 2023, 1), rating("bolton", "leadership", 2024, 3),
            rating("wigan", "leadership", 2024, 2), rating("bolton", "leadership", 2024, 5),
        ]
        let cells = try MaturityAggregation.summaries(ratings: ratings, scale: .fivePoint)
        #expect(
            cells.map { "\($0.placeKey)/\($0.enablerKey)/\($0.year)" } == [
                "bolton/leadership/2024", "bolton/workforce/2023", "wigan/leadership/2023",
                "wigan/leadership/2024",
            ])
        #expect(cells.map(\.summary.n) == [2, 1, 1, 2])
        #expect(cells.map(\.summary.median) == [4, 2, 1, 3])
        #expect(cells[3].summary.histogram == [0, 1, 0, 1, 0])
    }

    @Test func givesNoCellsForNoRatings() throws {
        #expect(try MaturityAggregation.summaries(ratings: [], scale: .fivePoint).isEmpty)
    }

    @Test func listsEveryRatingOutsideTheScale() {
        let ratings = [
            rating("a", "e", 2024, 3), rating("a", "e", 2024, 0), rating("a", "e", 2024, 6),
            rating("a", "e", 2024, Int.min),
        ]
        let problems = MaturityAggregation.problems(ratings: ratings, scale: .fivePoint)
        #expect(problems.map(\.index) == [1, 2, 3])
        #expect(
            problems.first?.message
                == "ratings[1].value: 0 is not a level of the scale; the scale's levels are 1, 2, 3, 4, 5.")
        #expect(MaturityAggregation.problems(ratings: [ratings[0]], scale: .fivePoint).isEmpty)
    }

    @Test func refusesRatherThanDropsARatingOutsideTheScale() {
        let ratings = [
            rating("a", "e", 2024, 3), rating("a", "e", 2024, 9), rating("a", "e", 2024, Int.min),
        ]
        #expect(throws: MaturityAggregationError.ratingOutsideScale(index: 1, value: 9)) {
            try MaturityAggregation.summaries(ratings: ratings, scale: .fivePoint)
        }
    }

    @Test func refusesAnInvalidScale() {
        let scale = MaturityScale(levels: [MaturityLevel(value: 1, descriptor: "")])
        #expect(throws: MaturityAggregationError.invalidScale(scale.problems)) {
            try MaturityAggregation.summaries(ratings: [rating("a", "e", 2024, 1)], scale: scale)
        }
        #expect(
            MaturityAggregationError.invalidScale(scale.problems).description.contains(
                "levels[0].descriptor"))
    }

    @Test func aggregatesAFullProgrammeOfFiftyThousandRatings() throws {
        var generator = SeededGenerator(seed: 2024)
        var ratings: [MaturityRating] = []
        ratings.reserveCapacity(50_000)
        var expectedTotals: [String: Int] = [:]
        for place in 0..<10 {
            for enabler in 0..<5 {
                for year in 2020..<2025 {
                    for _ in 0..<200 {
                        let value = Int.random(in: 1...5, using: &generator)
                        ratings.append(rating("place-\(place)", "enabler-\(enabler)", year, value))
                        expectedTotals["place-\(place)/\(value)", default: 0] += 1
                    }
                }
            }
        }
        ratings.shuffle(using: &generator)
        let cells = try MaturityAggregation.summaries(ratings: ratings, scale: .fivePoint)
        #expect(cells.count == 250)
        #expect(cells.allSatisfy { $0.summary.n == 200 })
        #expect(cells.first?.placeKey == "place-0" && cells.first?.year == 2020)
        #expect(cells.last?.placeKey == "place-9" && cells.last?.enablerKey == "enabler-4")
        var totals: [String: Int] = [:]
        for cell in cells {
            for (level, count) in cell.summary.histogram.enumerated() {
                totals["\(cell.placeKey)/\(level + 1)", default: 0] += count
            }
        }
        #expect(totals == expectedTotals)
    }

    @Test func agreesWithSortingOnFiveHundredRandomCells() throws {
        var generator = SeededGenerator(seed: 7)
        let scale = MaturityScale(
            levels: (0..<7).map { MaturityLevel(value: $0 - 2, descriptor: "level \($0)") })
        var ratings: [MaturityRating] = []
        var valuesByCell: [String: [Int]] = [:]
        for cell in 0..<500 {
            // Sizes from 1 to 40 so the small-n interpolation cases are well covered.
            let size = Int.random(in: 1...40, using: &generator)
            let place = "p\(cell / 50)"
            let enabler = "e\(cell % 50 / 10)"
            let year = 2000 + cell % 10
            for _ in 0..<size {
                let value = Int.random(in: -2...4, using: &generator)
                ratings.append(rating(place, enabler, year, value))
                valuesByCell["\(place)/\(enabler)/\(year)", default: []].append(value)
            }
        }
        ratings.shuffle(using: &generator)
        let cells = try MaturityAggregation.summaries(ratings: ratings, scale: scale)
        #expect(cells.count == 500)
        for cell in cells {
            let values = try #require(valuesByCell["\(cell.placeKey)/\(cell.enablerKey)/\(cell.year)"])
                .sorted()
            let summary = cell.summary
            #expect(summary.n == values.count)
            #expect(summary.minimum == values.first && summary.maximum == values.last)
            #expect(summary.lowerQuartile == Self.typeSeven(values, 0.25))
            #expect(summary.median == Self.typeSeven(values, 0.5))
            #expect(summary.upperQuartile == Self.typeSeven(values, 0.75))
        }
    }

    /// Hyndman and Fan's definition 7 straight from sorted values, written independently of the histogram walk.
    static func typeSeven(_ sorted: [Int], _ probability: Double) -> Double {
        let position = Double(sorted.count - 1) * probability
        let low = Int(position)
        let high = min(low + 1, sorted.count - 1)
        let fraction = position - Double(low)
        return Double(sorted[low]) * (1 - fraction) + Double(sorted[high]) * fraction
    }
}
