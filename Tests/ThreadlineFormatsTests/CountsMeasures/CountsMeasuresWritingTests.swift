import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite struct CountsMeasuresWritingTests {
    private func period(_ text: String) throws -> SixMonthPeriod { try #require(SixMonthPeriod(text)) }

    @Test func writesTheCanonicalHeaderAndCRLF() throws {
        let records = [
            CountsMeasuresRecord(
                line: 0, place: "Bolton", period: try period("2024 H1"), enabler: "Data",
                kind: .figure(indicator: "Partners engaged", unit: "people", value: 1200)),
            CountsMeasuresRecord(
                line: 0, place: "Bury, north", period: try period("2023 H2"), enabler: "Data",
                kind: .example(text: "Said \"yes\"")),
            CountsMeasuresRecord(
                line: 0, place: "Oldham", period: try period("2023 H2"), enabler: "Data",
                kind: .figure(indicator: "Change", unit: nil, value: -3.5)),
        ]
        #expect(
            CountsMeasuresCSV.csv(records)
                == "place,period,enabler,indicator,unit,value,example\r\n"
                + "Bolton,2024 H1,Data,Partners engaged,people,1200,\r\n"
                + "\"Bury, north\",2023 H2,Data,,,,\"Said \"\"yes\"\"\"\r\n"
                + "Oldham,2023 H2,Data,Change,,-3.5,\r\n")
        #expect(CountsMeasuresCSV.csv([]) == "place,period,enabler,indicator,unit,value,example\r\n")
    }

    @Test func formulasAreWrittenGuarded() throws {
        let record = CountsMeasuresRecord(
            line: 0, place: "@Bolton", period: try period("2024 H1"), enabler: "+Data",
            kind: .example(text: "=HYPERLINK(\"http://evil.example\",\"click\")"))
        let text = CountsMeasuresCSV.csv([record])
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n"))
        #expect(text.contains("'@Bolton,2024 H1,'+Data,"))
        #expect(!text.contains(",=HYPERLINK"))
        #expect(!text.contains("\"=HYPERLINK"))
    }

    @Test func writeThenReadGivesTheSameRecords() throws {
        let records = [
            CountsMeasuresRecord(
                line: 2, place: "Bolton", period: try period("2024 H1"), enabler: "Shared leadership",
                kind: .figure(indicator: "Partners engaged", unit: "people", value: 1200)),
            CountsMeasuresRecord(
                line: 3, place: "Bolton", period: try period("2024 H2"), enabler: "Shared leadership",
                kind: .figure(indicator: "Rate, adjusted", unit: "%", value: 0.1 + 0.2)),
            CountsMeasuresRecord(
                line: 4, place: "-Wigan", period: try period("1900 H1"), enabler: "=Data",
                kind: .example(text: "Two lines,\r\nwith \"quotes\" and a comma")),
            CountsMeasuresRecord(
                line: 6, place: "Oldham", period: try period("2200 H2"), enabler: "Data",
                kind: .figure(indicator: "-Change", unit: "@units", value: -0.000_001_5)),
            CountsMeasuresRecord(
                line: 7, place: "Rochdale", period: try period("2025 H1"), enabler: "Data",
                kind: .figure(indicator: "Huge", unit: nil, value: 1e20)),
            CountsMeasuresRecord(
                line: 8, place: "Salford", period: try period("2025 H1"), enabler: "Data",
                kind: .example(text: "=HYPERLINK(\"http://evil.example\")")),
        ]
        let text = CountsMeasuresCSV.csv(records)
        #expect(try CountsMeasuresCSV.records(from: text) == records)
        #expect(try CountsMeasuresCSV.records(from: Data(text.utf8)) == records)
    }
}
