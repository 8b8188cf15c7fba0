import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite struct CountsMeasuresReadingTests {
    private func period(_ text: String) throws -> SixMonthPeriod { try #require(SixMonthPeriod(text)) }

    /// The problems `text` is refused with, as sentences; empty when it was read.
    private func problems(_ text: String) -> [String] {
        do {
            _ = try CountsMeasuresCSV.records(from: text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsAGoodFileWithCRLFAndQuotedCells() throws {
        let text =
            "Place,Period,Enabler,Indicator,Unit,Value,Example\r\n"
            + "Bolton,2024 H1,Shared leadership,Partners engaged,people,\"1,200\",\r\n"
            + "\"Bolton, Greater Manchester\",2024-h2,Shared leadership,,,,\"Met weekly, then \"\"daily\"\"\r\n"
            + "during the floods.\"\r\n"
            + "\r\n"
            + "Oldham,H1 2024,Data,Rate,, -3.5 ,\r\n"
        let records = try CountsMeasuresCSV.records(from: text)
        #expect(
            records == [
                CountsMeasuresRecord(
                    line: 2, place: "Bolton", period: try period("2024 H1"), enabler: "Shared leadership",
                    kind: .figure(indicator: "Partners engaged", unit: "people", value: 1200)),
                CountsMeasuresRecord(
                    line: 3, place: "Bolton, Greater Manchester", period: try period("2024 H2"),
                    enabler: "Shared leadership",
                    kind: .example(text: "Met weekly, then \"daily\"\r\nduring the floods.")),
                CountsMeasuresRecord(
                    line: 6, place: "Oldham", period: try period("2024 H1"), enabler: "Data",
                    kind: .figure(indicator: "Rate", unit: nil, value: -3.5)),
            ])
    }

    @Test func columnsInAnyOrderAndOptionalColumnsLeftOut() throws {
        let text = " ENABLER ,example,place, Period\nData,A story,Wigan,2023 H2\n"
        let records = try CountsMeasuresCSV.records(from: text)
        #expect(
            records == [
                CountsMeasuresRecord(
                    line: 2, place: "Wigan", period: try period("2023 H2"), enabler: "Data",
                    kind: .example(text: "A story"))
            ])
    }

    @Test func headerOnlyGivesNoRecords() throws {
        #expect(try CountsMeasuresCSV.records(from: "place,period,enabler,value,indicator\r\n").isEmpty)
    }

    @Test(arguments: [
        ("1200", 1200.0), ("1,200", 1200), ("-3.5", -3.5), (" 12 ", 12), ("0.25", 0.25), ("+7", 7), (".5", 0.5),
        ("1,234,567.5", 1_234_567.5), ("'-3", -3),
    ])
    func acceptedValues(cell: String, value: Double) throws {
        let text = "place,period,enabler,indicator,value\nBolton,2024 H1,Data,Count,\"\(cell)\"\n"
        let records = try CountsMeasuresCSV.records(from: text)
        #expect(records.first?.kind == .figure(indicator: "Count", unit: nil, value: value))
    }

    @Test(arguments: [
        ("£12", "\"£12\" is not a number; put the unit in the unit column."),
        ("12%", "\"12%\" is not a number; put the unit in the unit column."),
        ("twelve", "\"twelve\" is not a number; write it in digits, like 12 or 1,200."),
        ("NaN", "\"NaN\" is not a number; write it in digits, like 12 or 1,200."),
        ("1e999", "\"1e999\" is not a number this file takes; write it out in digits, like 1200 or 0.001."),
        (
            "12,5",
            "\"12,5\" is not a number: use a full stop for decimals (12.5) and commas only between thousands (1,200)."
        ),
        (
            "1.2.3",
            "\"1.2.3\" is not a number: use a full stop for decimals (12.5) and commas only between thousands (1,200)."
        ),
        (
            "5.",
            "\"5.\" is not a number: use a full stop for decimals (12.5) and commas only between thousands (1,200)."
        ),
        ("-", "\"-\" is not a number; write it in digits, like 12 or 1,200."),
        (String(repeating: "9", count: 400), "\"" + String(repeating: "9", count: 39) + "…\" is too large a number."),
    ])
    func refusedValues(cell: String, sentence: String) {
        let text = "place,period,enabler,indicator,value\nBolton,2024 H1,Data,Count,\"\(cell)\"\n"
        #expect(problems(text) == ["Line 2, value: \(sentence)"])
    }

    @Test func figureAndExampleRules() {
        let header = "place,period,enabler,indicator,unit,value,example\n"
        #expect(
            problems(header + "Bolton,2024 H1,Data,Count,,3,A story\n")
                == ["Line 2, example: The row has both a value and an example; put each in a row of its own."])
        #expect(
            problems(header + "Bolton,2024 H1,Data,,,,\n")
                == [
                    "Line 2, value: The row has neither a value nor an example; give an indicator and value, "
                        + "or an example."
                ])
        #expect(
            problems(header + "Bolton,2024 H1,Data,Count,people,,\n") == [
                "Line 2, value: The indicator \"Count\" has no value."
            ])
        #expect(
            problems(header + "Bolton,2024 H1,Data,,people,4,\n")
                == ["Line 2, indicator: The value has no indicator; name what was counted."])
        #expect(
            problems(header + "Bolton,2024 H1,Data,,people,,A story\n")
                == [
                    "Line 2, unit: An example row takes no indicator or unit; leave them empty, or give a value and "
                        + "move the text out of the example column."
                ])
    }

    @Test func requiredCellsAndPeriod() {
        let text = "place,period,enabler,example\n , 2024 H3 , ,A story\n"
        #expect(
            problems(text) == [
                "Line 2, place: The place is missing; name the place the row reports for.",
                "Line 2, period: \"2024 H3\" is not a six-month period: write it like 2024 H1 (January–June) or "
                    + "2024 H2 (July–December).",
                "Line 2, enabler: The enabler is missing; name the system enabler the row is about.",
            ])
    }

    @Test func headerProblemsAreAllOnItsLine() {
        let text = "Place,Colour,place,value\nBolton,red,Bolton,3\n"
        #expect(
            problems(text) == [
                "Line 1, colour: \"colour\" (column 2) is not a Counts and Measures column; the columns are place, "
                    + "period, enabler, indicator, unit, value and example.",
                "Line 1, place: \"place\" is both column 1 and column 3; keep one.",
                "Line 1, period: The header has no period column; the first row must name the columns, and place, "
                    + "period and enabler are required.",
                "Line 1, enabler: The header has no enabler column; the first row must name the columns, and place, "
                    + "period and enabler are required.",
            ])
    }

    @Test func cellsUnderNoHeadingMustBeEmpty() throws {
        let header = "place,period,enabler,example,\n"
        #expect(try CountsMeasuresCSV.records(from: header + "Bolton,2024 H1,Data,A story,,,\n").count == 1)
        #expect(
            problems(header + "Bolton,2024 H1,Data,A story,x,,y\n") == [
                "Line 2, column 5: \"x\" is in a column with no heading; move it to the right column or remove it.",
                "Line 2, column 7: \"y\" is past the header's last column; put quotes around any cell holding a "
                    + "comma (\"1,200\").",
            ])
    }

    @Test func everyBadRowIsReportedWithItsLine() {
        let text =
            "place,period,enabler,indicator,unit,value,example\n"
            + "Bolton,2024 H1,Data,Count,,3,\n"
            + "Bolton,2024 H9,Data,Count,,3,\n"
            + "\"Bury\n(north)\",2024 H1,Data,Count,,£3,\n"
            + "Bury,2024 H1,Data,Count,,4,\n"
            + "Bury,2024 H2,,Count,,twelve,\n"
        let found = problems(text)
        #expect(found.count == 4)
        #expect(
            found.map { $0.prefix(while: { $0 != ":" }) } == [
                "Line 3, period", "Line 4, value", "Line 7, enabler", "Line 7, value",
            ])
    }

    @Test func problemsAreCappedWithACount() throws {
        var text = "place,period,enabler,indicator,value\n"
        for _ in 0..<250 { text += "Bolton,2024 H1,Data,Count,lots\n" }
        let error = try #require(throws: CountsMeasuresCSVError.self) { try CountsMeasuresCSV.records(from: text) }
        #expect(error.problems.count == CountsMeasuresCSV.maximumProblems)
        #expect(error.omittedCount == 50)
        #expect(error.problems.last?.line == 201)
        #expect(error.description.hasSuffix("\n…and 50 more problems."))
        #expect(error.description.hasPrefix("Line 2, value: \"lots\" is not a number"))
    }

    @Test func emptyFilesAreRefused() {
        let sentence =
            "Line 1: The file is empty; it needs a header row naming the columns, then one row per figure or example."
        #expect(problems("") == [sentence])
        #expect(problems(" \r\n\n") == [sentence])
        #expect(throws: CountsMeasuresCSVError.self) { try CountsMeasuresCSV.records(from: Data()) }
        #expect(throws: CountsMeasuresCSVError.self) { try CountsMeasuresCSV.records(from: Data([0xEF, 0xBB, 0xBF])) }
    }

    @Test func byteOrderMarkIsTolerated() throws {
        let text = "place,period,enabler,example\nBolton,2024 H1,Data,Story\n"
        let data = Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(try CountsMeasuresCSV.records(from: data).count == 1)
        #expect(try CountsMeasuresCSV.records(from: "\u{FEFF}" + text).count == 1)
    }

    @Test func notUTF8IsRefusedOnLineOne() throws {
        // "place,period…" then "Bolton" with a Latin-1 "é" (0xE9), as an old spreadsheet export would save it.
        var bytes = Array("place,period,enabler,example\nBolt".utf8)
        bytes += [0xE9] + Array("n,2024 H1,Data,Story\n".utf8)
        let error = try #require(throws: CountsMeasuresCSVError.self) {
            try CountsMeasuresCSV.records(from: Data(bytes))
        }
        #expect(
            error.problems == [
                CountsMeasuresProblem(
                    line: 1, column: nil,
                    message:
                        "The file is not UTF-8 text (byte 33 cannot be read); save it from the spreadsheet as "
                        + "\"CSV UTF-8\"."
                )
            ])
    }

    @Test func unreadableCSVNamesItsLine() {
        #expect(
            problems("place,period,enabler,example\nBolton,2024 H1,Data,\"open\n") == [
                "Line 2: A quoted cell is not closed."
            ])
    }
}

@Suite struct CountsMeasuresUnquotedCommaTests {
    @Test func anUnquotedThousandsCommaIsExplained() throws {
        let text = "place,period,enabler,indicator,value\nBolton,2024 H1,Data,Count,1,200\n"
        let error = try #require(throws: CountsMeasuresCSVError.self) { try CountsMeasuresCSV.records(from: text) }
        #expect(
            error.problems == [
                CountsMeasuresProblem(
                    line: 2, column: "column 6",
                    message: "\"200\" is past the header's last column; put quotes around any cell holding a comma "
                        + "(\"1,200\").")
            ])
    }
}
