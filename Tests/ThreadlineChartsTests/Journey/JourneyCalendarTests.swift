import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite struct JourneyCalendarTests {
    @Test func partialDatesStartAtTheStartOfTheirYearOrMonth() {
        let year = JourneyCalendar.startPosition(of: JourneyFixtures.date("2019"))
        let month = JourneyCalendar.startPosition(of: JourneyFixtures.date("2019-03"))
        let firstOfMonth = JourneyCalendar.startPosition(of: JourneyFixtures.date("2019-03-01"))
        let day = JourneyCalendar.startPosition(of: JourneyFixtures.date("2019-03-05"))
        #expect(year == 2019)
        #expect(month == firstOfMonth)
        #expect(year < month && month < day)
        #expect(day == 2019 + 63.0 / 365)
    }

    @Test func erasEndAtTheEndOfTheirLastPeriod() {
        #expect(JourneyCalendar.endPosition(of: JourneyFixtures.date("2019")) == 2020)
        #expect(JourneyCalendar.endPosition(of: JourneyFixtures.date("2019-12")) == 2020)
        #expect(JourneyCalendar.endPosition(of: JourneyFixtures.date("2020-02")) == 2020 + 60.0 / 366)
        #expect(
            JourneyCalendar.endPosition(of: JourneyFixtures.date("2020-02-29")) == 2020 + 60.0 / 366)
    }

    @Test func writesShortAndSpanTexts() {
        #expect(JourneyCalendar.shortText(JourneyFixtures.date("2019")) == "2019")
        #expect(JourneyCalendar.shortText(JourneyFixtures.date("2019-09")) == "Sep 2019")
        #expect(JourneyCalendar.shortText(JourneyFixtures.date("2019-09-04")) == "4 Sep 2019")
        let open = JourneyEra(title: "Now", start: JourneyFixtures.date("2021-04"))
        #expect(JourneyCalendar.spanText(open) == "from April 2021")
    }

    @Test func ticksAtMostTwelveYears() {
        let wide = JourneyTimeScale(
            entries: [],
            eras: [
                JourneyEra(
                    title: "Long", start: JourneyFixtures.date("1000"),
                    end: JourneyFixtures.date("9999"))
            ], left: 0, right: 100)
        #expect(wide.tickYears.count <= 12)
        #expect(wide.tickYears.first == 1000)
        #expect(wide.x(9000) < wide.x(9001))
    }
}
