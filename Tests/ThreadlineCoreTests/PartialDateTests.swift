import Foundation
import Testing
import ThreadlineCore

@Suite("PartialDate")
struct PartialDateTests {
    @Test("accepts a year, a year-month and a full date", arguments: ["2022", "2022-07", "2022-07-14"])
    func acceptsTheThreeForms(text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test("parses each part into its field")
    func parsesParts() throws {
        let year = try #require(PartialDate("2022"))
        #expect(year.year == 2022 && year.month == nil && year.day == nil)
        let month = try #require(PartialDate("2022-07"))
        #expect(month.year == 2022 && month.month == 7 && month.day == nil)
        let day = try #require(PartialDate("2022-07-14"))
        #expect(day.year == 2022 && day.month == 7 && day.day == 14)
    }

    @Test(
        "rejects malformed or impossible dates",
        arguments: [
            "", "2022-13", "2022-00", "2022-02-30", "2022-04-31", "2022-07-00", "2023-02-29", "1900-02-29",
            "22-07", "2022-7", "2022-07-1", "02022", "0999", "2022-", "-2022", "2022-07-14-01", " 2022", "2022 ",
            "2022/07", "2022-07-14T10:00", "２０２２", "abcd", "+022",
        ]
    )
    func rejectsInvalid(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test(
        "knows leap years",
        arguments: [("2024-02-29", true), ("2023-02-29", false), ("2000-02-29", true), ("2100-02-29", false)])
    func leapYears(text: String, valid: Bool) {
        #expect((PartialDate(text) != nil) == valid)
    }

    @Test("the memberwise initialiser checks the parts too")
    func memberwiseValidation() {
        #expect(PartialDate(year: 2022, month: 7, day: 14) != nil)
        #expect(PartialDate(year: 2022, month: 13) == nil)
        #expect(PartialDate(year: 2022, month: 2, day: 30) == nil)
        #expect(PartialDate(year: 2022, month: nil, day: 5) == nil)
        #expect(PartialDate(year: 999) == nil)
        #expect(PartialDate(year: 10_000) == nil)
    }

    @Test("pads the year, month and day when written as text")
    func descriptionPads() throws {
        #expect(try #require(PartialDate(year: 1999, month: 1, day: 2)).description == "1999-01-02")
    }

    @Test(
        "shows what a person would write",
        arguments: [
            ("2022", "2022"), ("2022-07", "July 2022"), ("2022-07-14", "14 July 2022"),
            ("2023-01-01", "1 January 2023"), ("2023-12", "December 2023"),
        ]
    )
    func displayText(text: String, shown: String) throws {
        #expect(try #require(PartialDate(text)).displayText == shown)
    }

    @Test("a year sorts before its months, a month before its days, and both before the next month")
    func ordering() throws {
        let year = try #require(PartialDate("2022"))
        let july = try #require(PartialDate("2022-07"))
        let day = try #require(PartialDate("2022-07-14"))
        let august = try #require(PartialDate("2022-08"))
        let nextYear = try #require(PartialDate("2023"))
        #expect(year < july)
        #expect(july < day)
        #expect(day < august)
        #expect(august < nextYear)
        #expect(!(july < year))
        #expect(!(july < july))
        #expect([august, nextYear, day, year, july].sorted() == [year, july, day, august, nextYear])
    }

    @Test("equality compares what was written, not the earliest day")
    func equality() throws {
        #expect(PartialDate("2022-07") == PartialDate(year: 2022, month: 7))
        #expect(PartialDate("2022-07") != PartialDate("2022-07-01"))
        #expect(PartialDate("2022") != PartialDate("2022-01"))
    }

    @Test("encodes as its ISO 8601 string and decodes from it")
    func codableAsString() throws {
        let date = try #require(PartialDate("2022-07"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2022-07"]"#)
        #expect(try JSONDecoder().decode([PartialDate].self, from: data) == [date])
    }

    @Test(
        "refuses to decode text that is not a date, or a number",
        arguments: [#"["2022-13"]"#, #"[2022]"#, #"["July 2022"]"#])
    func decodingRejects(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([PartialDate].self, from: Data(json.utf8))
        }
    }
}
