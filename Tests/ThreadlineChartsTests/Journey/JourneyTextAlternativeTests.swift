import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite struct JourneyTextAlternativeTests {
    @Test func listsMilestonesInDrawingOrderWithEnablersAndEras() {
        let eras =
            JourneyFixtures.eras + [
                JourneyEra(
                    title: "Board years", start: JourneyFixtures.date("2018-09"),
                    end: JourneyFixtures.date("2018"))
            ]
        let items = JourneyInfographic().textAlternative(
            milestones: JourneyFixtures.milestones + [
                JourneyMilestone(
                    date: JourneyFixtures.date("2017"), title: "Before", kind: "community",
                    enablerNumbers: [4, 4])
            ],
            eras: eras, enablers: JourneyFixtures.enablers)
        #expect(
            items == [
                JourneyListItem(
                    date: JourneyFixtures.date("2017"), dateText: "2017", title: "Before", kind: "community",
                    enablerNumbers: [4], enablerNames: ["Enabler 4"], eraTitle: nil),
                JourneyListItem(
                    date: JourneyFixtures.date("2018-09"), dateText: "September 2018",
                    title: "Partnership board formed with the council", kind: "governance",
                    enablerNumbers: [1, 2],
                    enablerNames: ["Shared leadership", "Funding"], eraTitle: "Board years"),
                JourneyListItem(
                    date: JourneyFixtures.date("2019"), dateText: "2019", title: "Seed grant",
                    kind: "investment",
                    enablerNumbers: [2], enablerNames: ["Funding"], eraTitle: "Pilot phase"),
                JourneyListItem(
                    date: JourneyFixtures.date("2020-02-14"), dateText: "14 February 2020",
                    title: "First community festival", kind: "community", enablerNumbers: [],
                    enablerNames: [],
                    eraTitle: nil),
            ])
    }

    @Test func firstStyleWinsForARepeatedNumber() {
        let items = JourneyInfographic().textAlternative(
            milestones: [
                JourneyMilestone(
                    date: JourneyFixtures.date("2019"), title: "A", kind: "k", enablerNumbers: [1])
            ],
            eras: [],
            enablers: [
                JourneyEnablerStyle(number: 1, name: "First"),
                JourneyEnablerStyle(number: 1, name: "Second"),
            ])
        #expect(items.map(\.enablerNames) == [["First"]])
    }

    @Test func openErasHoldEverythingAfterTheirStart() {
        let items = JourneyInfographic().textAlternative(
            milestones: [
                JourneyMilestone(date: JourneyFixtures.date("2030"), title: "Late", kind: "k"),
                JourneyMilestone(date: JourneyFixtures.date("2020-03"), title: "Early", kind: "k"),
            ],
            eras: [JourneyEra(title: "Now", start: JourneyFixtures.date("2020-04"))], enablers: [])
        #expect(items.map(\.eraTitle) == [nil, "Now"])
    }
}
