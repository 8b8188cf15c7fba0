import Testing

@testable import ThreadlineCharts

@Suite struct FilterTests {
    let nodes = ["a", "b", "c", "d"].map {
        NetworkDiagramNode(key: $0, name: $0.uppercased(), sector: "S", degree: 2)
    }
    let ties = [
        NetworkDiagramTie(from: "a", to: "b", trust: 3.5),
        NetworkDiagramTie(from: "b", to: "c", trust: 2.9),
        NetworkDiagramTie(from: "c", to: "d", trust: nil),
        NetworkDiagramTie(from: "d", to: "a", trust: 3),
        NetworkDiagramTie(from: "a", to: "nowhere", trust: 4),
        NetworkDiagramTie(from: "b", to: "c", trust: .nan),
    ]

    func draw(minimumTrust: Double?) -> String {
        NetworkDiagram().svg(
            title: "T",
            nodes: nodes,
            ties: ties,
            minimumTrust: minimumTrust,
            idPrefix: "f"
        )
    }

    func lineCount(_ svg: String) -> Int {
        Fixtures.occurrences(of: "<line ", in: svg)
    }

    @Test func tiesBelowTheMinimumAndUnratedOnesAreLeftOutAndCounted() {
        let svg = draw(minimumTrust: 3)
        #expect(lineCount(svg) == 2)
        #expect(svg.contains("Showing 2 of 4 ties: those rated 3 or more for trust."))
    }

    @Test func fractionalMinimumIsWrittenInWords() {
        let svg = draw(minimumTrust: 3.25)
        #expect(lineCount(svg) == 1)
        #expect(svg.contains("Showing 1 of 4 ties: those rated 3.25 or more for trust."))
    }

    @Test func withoutAMinimumEveryKnownTieIsDrawn() {
        let svg = draw(minimumTrust: nil)
        #expect(lineCount(svg) == 4)
        #expect(svg.contains("Showing all 4 ties."))
    }

    @Test func unratedTiesAreLeftOutEvenUnderTheLowestMinimum() {
        let svg = draw(minimumTrust: 1)
        #expect(lineCount(svg) == 3)
        #expect(svg.contains("Showing 3 of 4 ties"))
    }

    @Test func aRepeatedPairKeepsItsLowestRating() {
        let repeated = [
            NetworkDiagramTie(from: "a", to: "b", trust: nil),
            NetworkDiagramTie(from: "a", to: "b", trust: 3.5),
            NetworkDiagramTie(from: "a", to: "b", trust: 2),
        ]
        let diagram = NetworkDiagram()
        let atTwo = diagram.svg(
            title: "T",
            nodes: nodes,
            ties: repeated,
            minimumTrust: 2,
            idPrefix: "r"
        )
        #expect(atTwo.contains("Showing 1 of 1 tie: those rated 2 or more for trust."))
        let atThree = diagram.svg(
            title: "T",
            nodes: nodes,
            ties: repeated,
            minimumTrust: 3,
            idPrefix: "r"
        )
        #expect(atThree.contains("Showing 0 of 1 tie: those rated 3 or more for trust."))
        #expect(lineCount(atThree) == 0)
    }

    @Test func aNonFiniteMinimumMeansNoFilter() {
        #expect(draw(minimumTrust: .nan) == draw(minimumTrust: nil))
    }

    @Test func aMutualPairIsOneLineWithTwoArrowheadsOnlyWhenBothDirectionsShow() {
        let pair = [
            NetworkDiagramTie(from: "a", to: "b", trust: 4),
            NetworkDiagramTie(from: "b", to: "a", trust: 2),
        ]
        let diagram = NetworkDiagram()
        let both = diagram.svg(title: "T", nodes: nodes, ties: pair, minimumTrust: nil, idPrefix: "m")
        #expect(lineCount(both) == 1)
        #expect(Fixtures.occurrences(of: "marker-start=", in: both) == 1)
        let filtered = diagram.svg(title: "T", nodes: nodes, ties: pair, minimumTrust: 3, idPrefix: "m")
        #expect(lineCount(filtered) == 1)
        #expect(Fixtures.occurrences(of: "marker-start=", in: filtered) == 0)
        #expect(Fixtures.occurrences(of: "marker-end=", in: filtered) == 1)
    }
}
