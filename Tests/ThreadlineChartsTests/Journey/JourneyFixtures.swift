import ThreadlineCore

@testable import ThreadlineCharts

/// Small journeys shared by the tests.
enum JourneyFixtures {
    static func date(_ text: String) -> PartialDate {
        // The fixtures only use valid ISO dates; a typo falls back to a year the tests would notice.
        PartialDate(text) ?? PartialDate(year: 1000) ?? PartialDate("1000")!
    }

    static let enablers = [
        JourneyEnablerStyle(number: 1, name: "Shared leadership"),
        JourneyEnablerStyle(number: 2, name: "Funding"),
    ]

    static let eras = [JourneyEra(title: "Pilot phase", start: date("2018-06"), end: date("2019"))]

    static let milestones = [
        JourneyMilestone(
            date: date("2020-02-14"), title: "First community festival", kind: "community",
            enablerNumbers: []),
        JourneyMilestone(
            date: date("2018-09"), title: "Partnership board formed with the council", kind: "governance",
            enablerNumbers: [2, 1]),
        JourneyMilestone(
            date: date("2019"), title: "Seed grant", kind: "investment", enablerNumbers: [2]),
    ]
}
