import Foundation
import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite struct JourneyInfographicTests {
    let chart = JourneyInfographic()

    func render(
        _ milestones: [JourneyMilestone], eras: [JourneyEra] = JourneyFixtures.eras,
        enablers: [JourneyEnablerStyle] = JourneyFixtures.enablers,
        orientation: JourneyOrientation = .horizontal,
        prefix: String = "j"
    ) throws -> String {
        try #require(
            chart.svg(
                title: "Journey", milestones: milestones, eras: eras, enablers: enablers,
                orientation: orientation,
                idPrefix: prefix))
    }

    @Test(arguments: [JourneyOrientation.horizontal, .vertical])
    func drawsNothingWithoutMilestones(orientation: JourneyOrientation) {
        let svg = chart.svg(
            title: "Empty", milestones: [], eras: JourneyFixtures.eras,
            enablers: JourneyFixtures.enablers,
            orientation: orientation, idPrefix: "e")
        #expect(svg == nil)
    }

    @Test(arguments: [JourneyOrientation.horizontal, .vertical])
    func escapesEveryTextItDraws(orientation: JourneyOrientation) throws {
        let hostile = "<b>Tom & \"Jerry\"'s</b>"
        let milestones = [
            JourneyMilestone(
                date: JourneyFixtures.date("2019"), title: hostile, kind: hostile, enablerNumbers: [1])
        ]
        let svg = try #require(
            chart.svg(
                title: hostile, milestones: milestones,
                eras: [JourneyEra(title: hostile, start: JourneyFixtures.date("2019"))],
                enablers: [JourneyEnablerStyle(number: 1, name: hostile)], orientation: orientation,
                idPrefix: "x\"><script>"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("Tom & "))
        #expect(!svg.contains("\"Jerry"))
        #expect(svg.contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&#39;s&lt;/b&gt;"))
        // The prefix keeps only id-safe characters.
        #expect(svg.contains("aria-labelledby=\"xscript-title xscript-desc\""))
    }

    @Test(arguments: [JourneyOrientation.horizontal, .vertical])
    func legendShowsShapeColourAndNumberOfEachEnablerUsed(orientation: JourneyOrientation) throws {
        let milestones = [
            JourneyMilestone(
                date: JourneyFixtures.date("2019"), title: "A", kind: "k", enablerNumbers: [3, 1]),
            JourneyMilestone(
                date: JourneyFixtures.date("2020"), title: "B", kind: "k", enablerNumbers: [10]),
        ]
        let svg = try render(milestones, orientation: orientation)
        let legend = SVGInspection.section(
            of: svg, from: "<g class=\"journey-legend\">", to: "</g>\n</svg>")
        #expect(legend.contains("<title>Enabler 1, Shared leadership: blue circle marker</title>"))
        #expect(legend.contains("<title>Enabler 3, Enabler 3: green diamond marker</title>"))
        // Enabler 10 repeats enabler 2's colour and shape; its printed number tells them apart.
        #expect(legend.contains("<title>Enabler 10, Enabler 10: orange square marker</title>"))
        #expect(legend.contains("<tspan font-weight=\"700\">1</tspan> Shared leadership"))
        #expect(legend.contains("<tspan font-weight=\"700\">3</tspan> Enabler 3"))
        #expect(legend.contains("<tspan font-weight=\"700\">10</tspan> Enabler 10"))
        #expect(legend.contains(JourneyMarkerShape.diamond.relativePath))
        #expect(legend.contains("fill=\"#2e7d32\""))
        // Enabler 2 is named but unused, and every milestone has an enabler: neither is in the legend.
        #expect(!legend.contains("Funding"))
        #expect(!legend.contains("No linked enabler"))
        #expect(SVGInspection.count(of: "class=\"journey-legend-item\"", in: legend) == 3)
    }

    @Test func legendExplainsTheGreyMarkerWhenAMilestoneHasNoEnabler() throws {
        let svg = try render([
            JourneyMilestone(date: JourneyFixtures.date("2019"), title: "A", kind: "k")
        ])
        let legend = SVGInspection.section(
            of: svg, from: "<g class=\"journey-legend\">", to: "</g>\n</svg>")
        #expect(legend.contains("<title>No linked enabler: hollow grey circle marker</title>"))
        #expect(legend.contains("stroke=\"#6e6e6e\""))
        #expect(SVGInspection.count(of: "class=\"journey-legend-item\"", in: legend) == 1)
    }

    @Test func descriptionSummarisesCountSpanAndEras() throws {
        let eras = [
            JourneyEra(title: "Scale-up", start: JourneyFixtures.date("2020-04")),
            JourneyEra(
                title: "Pilot", start: JourneyFixtures.date("2017"), end: JourneyFixtures.date("2019-12")),
        ]
        let svg = try render(JourneyFixtures.milestones, eras: eras, prefix: "d")
        #expect(
            svg.contains(
                "<desc id=\"d-desc\">3 milestones from 2018 to 2020. 2 eras: Pilot (2017 to December 2019); "
                    + "Scale-up (from April 2020). 1 milestone has no linked enabler.</desc>"))
        let single = try render(
            [
                JourneyMilestone(
                    date: JourneyFixtures.date("2021-05"), title: "A", kind: "k", enablerNumbers: [1])
            ],
            eras: [], prefix: "s")
        #expect(single.contains("<desc id=\"s-desc\">1 milestone in 2021.</desc>"))
    }

    @Test(arguments: [JourneyOrientation.horizontal, .vertical])
    func sameInputGivesTheSameBytes(orientation: JourneyOrientation) throws {
        let first = try render(JourneyFixtures.milestones, orientation: orientation)
        let second = try render(JourneyFixtures.milestones.reversed(), orientation: orientation)
        #expect(first == second)
    }

    @Test(arguments: [JourneyOrientation.horizontal, .vertical])
    func idsAreUniqueAcrossTwoDrawingsWithDifferentPrefixes(orientation: JourneyOrientation) throws {
        let first = try render(JourneyFixtures.milestones, orientation: orientation, prefix: "first")
        let second = try render(JourneyFixtures.milestones, orientation: orientation, prefix: "second")
        let ids = SVGInspection.ids(in: first) + SVGInspection.ids(in: second)
        #expect(ids == ["first-title", "first-desc", "second-title", "second-desc"])
        #expect(Set(ids).count == ids.count)
        #expect(first.contains("aria-labelledby=\"first-title first-desc\""))
        #expect(second.contains("aria-labelledby=\"second-title second-desc\""))
    }

    @Test(arguments: [JourneyOrientation.horizontal, .vertical])
    func sortsByDateThenTitle(orientation: JourneyOrientation) throws {
        let milestones = [
            JourneyMilestone(date: JourneyFixtures.date("2019-03-05"), title: "Day", kind: "k"),
            JourneyMilestone(date: JourneyFixtures.date("2019-03"), title: "Month B", kind: "k"),
            JourneyMilestone(date: JourneyFixtures.date("2019"), title: "Year", kind: "k"),
            JourneyMilestone(date: JourneyFixtures.date("2019-03"), title: "Month A", kind: "k"),
        ]
        let svg = try render(milestones, eras: [], orientation: orientation)
        let order = svg.components(separatedBy: "<g class=\"journey-milestone\"><title>").dropFirst()
            .map {
                String($0.prefix { $0 != " " && $0 != ":" })
            }
        #expect(order == ["2019", "March", "March", "5"])
        let titles = ["Year", "Month A", "Month B", "Day"].compactMap {
            svg.range(of: ": \($0) (")?.lowerBound
        }
        #expect(titles.count == 4)
        #expect(titles == titles.sorted())
    }

    @Test func partialDatesSitAtTheStartOfTheirPeriodInDateOrder() throws {
        let milestones = [
            JourneyMilestone(date: JourneyFixtures.date("2019-03-05"), title: "Day", kind: "k"),
            JourneyMilestone(date: JourneyFixtures.date("2019"), title: "Year", kind: "k"),
            JourneyMilestone(date: JourneyFixtures.date("2019-03"), title: "Month", kind: "k"),
        ]
        let svg = try render(milestones, eras: [])
        // The dot on the axis is drawn at each milestone's date; the axis runs over 2019 from x 40 to 920.
        let dots = svg.components(separatedBy: "<circle cx=\"").dropFirst().compactMap {
            Double($0.prefix { $0 != "\"" })
        }
        // 1 March is day 59 of 2019 (880 × 59 / 365 = 142.2), 5 March day 63 (151.9).
        #expect(dots == [40, 182.2, 191.9])
        #expect(dots[0] < dots[1] && dots[1] < dots[2])
    }

    @Test func verticalWrapsLongTitlesOntoAtMostThreeLines() throws {
        let title =
            "Residents, the council and two housing associations signed the neighbourhood agreement at the "
            + "old library after a year of meetings"
        let svg = try render(
            [
                JourneyMilestone(date: JourneyFixtures.date("2022-07-14"), title: title, kind: "governance")
            ],
            eras: [], orientation: .vertical)
        let lines = svg.components(separatedBy: "<text x=\"44\" y=\"").dropFirst().compactMap {
            $0.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first.map(String.init)
        }
        #expect(
            lines == [
                "14 July 2022",
                "Residents, the council and two",
                "housing associations signed the",
                "neighbourhood agreement at the…",
            ])
        #expect(lines.dropFirst().allSatisfy { $0.count <= 34 })
        // The tooltip keeps the whole title.
        #expect(svg.contains("<title>14 July 2022: \(title) (governance; no linked enabler)</title>"))
    }

    @Test func fiveHundredMilestonesDrawEveryMarker() throws {
        var milestones: [JourneyMilestone] = []
        var expectedMarkers = 0
        for index in 0..<500 {
            let numbers = Array(1...(index % 4 + 1)).map { ($0 * 3 + index) % 12 + 1 }
            let linked = index % 5 == 0 ? [] : numbers
            expectedMarkers += max(Set(linked).count, 1)
            let date = try #require(
                PartialDate(year: 2000 + index % 25, month: index % 12 + 1, day: index % 28 + 1))
            milestones.append(
                JourneyMilestone(
                    date: date, title: "Milestone \(index) in the long run", kind: "k", enablerNumbers: linked
                ))
        }
        for orientation in [JourneyOrientation.horizontal, .vertical] {
            let svg = try render(milestones, orientation: orientation)
            let drawing = SVGInspection.section(
                of: svg, from: "<g class=\"journey-milestones\">", to: "<g class=\"journey-legend\">")
            #expect(SVGInspection.count(of: "<g class=\"journey-milestone\">", in: drawing) == 500)
            #expect(SVGInspection.count(of: "class=\"journey-marker", in: drawing) == expectedMarkers)
        }
    }
}
