import Testing

@testable import ThreadlineCore

@Suite struct MaturityTableModelTests {
    @Test func writesOneSentencePerCellWithPlacesDownAndEnablersAcross() throws {
        let ratings =
            [2, 3, 3, 4, 4].map {
                MaturityRating(placeKey: "wigan", enablerKey: "leadership", year: 2024, value: $0)
            } + [
                MaturityRating(placeKey: "bolton", enablerKey: "workforce", year: 2024, value: 1),
                MaturityRating(placeKey: "bolton", enablerKey: "leadership", year: 2023, value: 5),
            ]
        let cells = try MaturityAggregation.summaries(ratings: ratings, scale: .fivePoint)
        let table = MaturityTableModel(year: 2024, cells: cells)
        #expect(table.placeKeys == ["bolton", "wigan"])
        #expect(table.enablerKeys == ["leadership", "workforce"])
        #expect(
            table.texts == [
                ["no ratings", "median 1 (IQR 1–1, n 1)"],
                ["median 3 (IQR 3–4, n 5)", "no ratings"],
            ])
        #expect(table.text(row: 1, column: 0) == "median 3 (IQR 3–4, n 5)")
        #expect(table.text(row: 2, column: 0) == nil)
        #expect(table.text(row: 0, column: -1) == nil)
    }

    @Test func keepsTheCallersOrder() throws {
        let ratings = [1, 2, 3, 4].map {
            MaturityRating(placeKey: "p", enablerKey: "e", year: 2024, value: $0)
        }
        let cells = try MaturityAggregation.summaries(ratings: ratings, scale: .fivePoint)
        let table = MaturityTableModel(
            year: 2024, cells: cells, placeKeys: ["q", "p"], enablerKeys: ["e"])
        #expect(table.texts == [["no ratings"], ["median 2.5 (IQR 1.75–3.25, n 4)"]])
    }

    @Test func writesNumbersWithAtMostTwoDecimals() {
        #expect(MaturityNumberText.text(3) == "3")
        #expect(MaturityNumberText.text(3.5) == "3.5")
        #expect(MaturityNumberText.text(2.25) == "2.25")
        #expect(MaturityNumberText.text(0.05) == "0.05")
        #expect(MaturityNumberText.text(-0.5) == "-0.5")
        #expect(MaturityNumberText.text(-0.001) == "0")
        #expect(MaturityNumberText.text(.nan) == "not a number")
        #expect(MaturityNumberText.text(1e300) == "1e+300")
    }
}
