import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite struct JourneyLayoutTests {
    let chart = JourneyInfographic()

    @Test func crowdedLabelsFallBackToMarkersOnly() throws {
        let milestones = (0..<40).map {
            JourneyMilestone(
                date: JourneyFixtures.date("2020-05-01"), title: "Same day \($0)", kind: "k", enablerNumbers: [1])
        }
        let svg = try #require(
            chart.svg(
                title: "Crowded", milestones: milestones, eras: [], enablers: [], orientation: .horizontal,
                idPrefix: "c"))
        let dateLabels = SVGInspection.count(of: ">1 May 2020</text>", in: svg)
        // Six lanes hold six labelled milestones at one date; the rest keep their markers and tooltips.
        #expect(dateLabels == 6)
        #expect(SVGInspection.count(of: "<g class=\"journey-milestone\">", in: svg) == 40)
        #expect(SVGInspection.count(of: "<path class=\"journey-marker\"", in: svg) == 40 + 1)
        #expect(svg.contains("<title>1 May 2020: Same day 39 (k; enabler 1 Enabler 1)</title>"))
    }

    @Test func lanePackerUsesNearestFreeLaneAlternatingSides() {
        var packer = JourneyLanePacker(lanesPerSide: 2)
        #expect(packer.place(left: 0, right: 100)! == (true, 0))
        #expect(packer.place(left: 50, right: 150)! == (false, 0))
        #expect(packer.place(left: 60, right: 160)! == (true, 1))
        #expect(packer.place(left: 108, right: 200)! == (true, 0))
        #expect(packer.place(left: 70, right: 80)! == (false, 1))
        #expect(packer.place(left: 85, right: 95) == nil)
        #expect(packer.placeWithLeastOverlap(right: 96) == (false, 1))
        #expect(packer.levelsAbove == 2)
        #expect(packer.levelsBelow == 2)
    }

    @Test func openErasRunToTheEndOfTheAxisAndNarrowOnesHideTheirName() throws {
        let eras = [
            JourneyEra(title: "Ongoing work", start: JourneyFixtures.date("2019")),
            JourneyEra(
                title: "A very short pause", start: JourneyFixtures.date("2018-03-01"),
                end: JourneyFixtures.date("2018-03-02")),
        ]
        let svg = try #require(
            chart.svg(
                title: "Eras", milestones: JourneyFixtures.milestones, eras: eras, enablers: [],
                orientation: .horizontal, idPrefix: "e"))
        // The axis runs 2018–2021 over x 40–920; 2019 starts at 333.3, so the open era is 586.7 wide.
        #expect(svg.contains("<rect x=\"333.3\" y=\"6\" width=\"586.7\""))
        #expect(svg.contains(">Ongoing work</text>"))
        #expect(svg.contains("<title>A very short pause: 1 March 2018 to 2 March 2018</title>"))
        #expect(!svg.contains(">A very short pause</text>"))
    }

    @Test func verticalGroupsRowsUnderEraHeadings() throws {
        let eras = [
            JourneyEra(title: "Pilot", start: JourneyFixtures.date("2018"), end: JourneyFixtures.date("2018")),
            JourneyEra(title: "Scale-up", start: JourneyFixtures.date("2020")),
        ]
        let svg = try #require(
            chart.svg(
                title: "Eras", milestones: JourneyFixtures.milestones, eras: eras, enablers: [],
                orientation: .vertical, idPrefix: "v"))
        #expect(SVGInspection.count(of: "<rect class=\"journey-era\"", in: svg) == 2)
        let pilot = try #require(svg.range(of: ">Pilot</text>")?.lowerBound)
        let board = try #require(svg.range(of: ">September 2018</text>")?.lowerBound)
        let seed = try #require(svg.range(of: ">2019</text>")?.lowerBound)
        let scale = try #require(svg.range(of: ">Scale-up</text>")?.lowerBound)
        let festival = try #require(svg.range(of: ">14 February 2020</text>")?.lowerBound)
        #expect(pilot < board && board < seed && seed < scale && scale < festival)
        #expect(svg.contains(">from 2020</text>"))
        #expect(svg.contains("viewBox=\"0 0 360 "))
    }
}
