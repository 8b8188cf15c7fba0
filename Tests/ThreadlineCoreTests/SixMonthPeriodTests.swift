import Foundation
import Testing
import ThreadlineCore

@Suite struct SixMonthPeriodTests {
    @Test(arguments: [
        "2024 H1", "2024-H1", "2024H1", "H1 2024", "H1-2024", "2024 h1", "h1 2024", "  2024 H1 ", "\t2024-h1\n",
    ])
    func readsEveryAcceptedForm(text: String) throws {
        let period = try #require(SixMonthPeriod(text))
        #expect(period.year == 2024)
        #expect(period.half == 1)
        #expect(period.description == "2024 H1")
        #expect(SixMonthPeriod.problem(with: text) == nil)
    }

    @Test(arguments: [
        "", "2024", "H1", "2024 H3", "2024 H0", "2024 1", "24 H1", "20245 H1", "2024  H1", "2024 HH1", "H2024",
        "H12024", "2024 H1 extra", "２０２４ H1", "2024 Ｈ1", "1899 H2", "2201 H1", "0000 H1",
    ])
    func refusesOtherText(text: String) {
        #expect(SixMonthPeriod(text) == nil)
        #expect(SixMonthPeriod.problem(with: text) != nil)
    }

    @Test func problemSentences() throws {
        #expect(
            SixMonthPeriod.problem(with: "2024 H3")
                == "\"2024 H3\" is not a six-month period: write it like 2024 H1 (January–June) or 2024 H2 "
                + "(July–December).")
        #expect(SixMonthPeriod.problem(with: "1850 H1") == "\"1850 H1\" is outside the years 1900 to 2200.")
        #expect(SixMonthPeriod.problem(with: "  ")?.hasPrefix("The period is missing") == true)
        let long = String(repeating: "x", count: 10_000)
        let sentence = try #require(SixMonthPeriod.problem(with: long))
        #expect(sentence.count < 200)
    }

    @Test func yearBounds() {
        #expect(SixMonthPeriod(year: 1900, half: 1) == SixMonthPeriod.earliest)
        #expect(SixMonthPeriod(year: 2200, half: 2) == SixMonthPeriod.latest)
        #expect(SixMonthPeriod(year: 1899, half: 2) == nil)
        #expect(SixMonthPeriod(year: 2201, half: 1) == nil)
        #expect(SixMonthPeriod(year: 2024, half: 3) == nil)
        #expect(SixMonthPeriod(year: 2024, half: 0) == nil)
        #expect(SixMonthPeriod("1900 H1") == SixMonthPeriod.earliest)
        #expect(SixMonthPeriod("2200 H2") == SixMonthPeriod.latest)
    }

    @Test func labels() throws {
        #expect(try #require(SixMonthPeriod("2024 H1")).label == "January–June 2024")
        #expect(try #require(SixMonthPeriod("2024 H2")).label == "July–December 2024")
    }

    @Test func nextAndPreviousCrossYears() throws {
        let first = try #require(SixMonthPeriod("2024 H1"))
        let second = try #require(SixMonthPeriod("2024 H2"))
        let third = try #require(SixMonthPeriod("2025 H1"))
        #expect(first.next == second)
        #expect(second.next == third)
        #expect(third.previous == second)
        #expect(first.previous == SixMonthPeriod("2023 H2"))
        #expect(SixMonthPeriod.latest.next == nil)
        #expect(SixMonthPeriod.earliest.previous == nil)
    }

    @Test func ordering() throws {
        let periods = try ["2025 H1", "2023 H2", "2024 H2", "2024 H1"].map { try #require(SixMonthPeriod($0)) }
        #expect(periods.sorted().map(\.description) == ["2023 H2", "2024 H1", "2024 H2", "2025 H1"])
    }

    @Test func throughIsInclusive() throws {
        let from = try #require(SixMonthPeriod("2023 H2"))
        let to = try #require(SixMonthPeriod("2025 H1"))
        #expect(SixMonthPeriod.through(from, to).map(\.description) == ["2023 H2", "2024 H1", "2024 H2", "2025 H1"])
        #expect(SixMonthPeriod.through(from, from) == [from])
        #expect(SixMonthPeriod.through(to, from).isEmpty)
        let all = SixMonthPeriod.through(.earliest, .latest)
        #expect(all.count == 602)
        #expect(all.last == .latest)
    }

    @Test func containingDateUsesUTC() throws {
        // 2024-06-30T23:30:00Z is still June in UTC, though July in zones east of Greenwich.
        let endOfJune = Date(timeIntervalSince1970: 1_719_790_200)
        #expect(SixMonthPeriod(containing: endOfJune) == SixMonthPeriod("2024 H1"))
        // 2024-07-01T00:00:00Z.
        let startOfJuly = Date(timeIntervalSince1970: 1_719_792_000)
        #expect(SixMonthPeriod(containing: startOfJuly) == SixMonthPeriod("2024 H2"))
        #expect(SixMonthPeriod(containing: .distantFuture) == nil)
    }

    @Test func codableAsCanonicalText() throws {
        let period = try #require(SixMonthPeriod("h2-2023"))
        let data = try JSONEncoder().encode([period])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2023 H2\"]")
        #expect(try JSONDecoder().decode([SixMonthPeriod].self, from: data) == [period])
    }

    @Test func decodingRefusesBadText() {
        let data = Data("[\"2024 H3\"]".utf8)
        #expect {
            try JSONDecoder().decode([SixMonthPeriod].self, from: data)
        } throws: { error in
            guard case .dataCorrupted(let context) = error as? DecodingError else { return false }
            return context.debugDescription.contains("not a six-month period")
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([SixMonthPeriod].self, from: Data("[2024]".utf8))
        }
    }
}
