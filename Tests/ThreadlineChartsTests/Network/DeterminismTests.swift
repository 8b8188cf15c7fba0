import Foundation
import Testing

@testable import ThreadlineCharts

/// The same network must draw byte-identically, whatever the run, the process or the order of the input.
@Suite struct DeterminismTests {
    let diagram = NetworkDiagram(sectors: ["Health", "Education", "Sport and leisure"])

    func draw(_ nodes: [NetworkDiagramNode], _ ties: [NetworkDiagramTie]) -> String {
        diagram.svg(title: "Wave 1", nodes: nodes, ties: ties, minimumTrust: nil, idPrefix: "wave1")
    }

    @Test func sameInputTwiceDrawsTheSame() {
        #expect(
            draw(Fixtures.smallNodes, Fixtures.smallTies) == draw(Fixtures.smallNodes, Fixtures.smallTies)
        )
    }

    @Test(arguments: [1, 2, 3, 42] as [UInt64])
    func shuffledInputDrawsTheSame(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let shuffledNodes = Fixtures.smallNodes.shuffled(using: &generator)
        let shuffledTies = Fixtures.smallTies.shuffled(using: &generator)
        #expect(shuffledNodes != Fixtures.smallNodes || shuffledTies != Fixtures.smallTies)
        #expect(draw(shuffledNodes, shuffledTies) == draw(Fixtures.smallNodes, Fixtures.smallTies))
    }

    @Test func shuffledInputLaysOutTheSame() {
        let (nodes, ties) = Fixtures.randomNetwork(nodes: 80, ties: 200, seed: 9)
        var generator = SplitMix64(seed: 5)
        let first = NetworkLayout.positions(nodes: nodes, ties: ties, width: 600, height: 400)
        let second = NetworkLayout.positions(
            nodes: nodes.shuffled(using: &generator),
            ties: ties.shuffled(using: &generator),
            width: 600,
            height: 400
        )
        #expect(first == second)
    }

    /// The golden file pins the output across processes and commits.
    ///
    /// To regenerate it after an intended change, run
    /// `THREADLINE_RECORD_GOLDEN=1 swift test --filter DeterminismTests`, look at
    /// `Tests/ThreadlineChartsTests/Network/Golden/small-network.svg` (for example with `rsvg-convert`), then run the tests
    /// again without the variable. Recording always fails the test, so a recording run cannot pass by accident.
    @Test func matchesGoldenFile() throws {
        let goldenURL = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Golden/small-network.svg")
        let svg = draw(Fixtures.smallNodes, Fixtures.smallTies)
        if ProcessInfo.processInfo.environment["THREADLINE_RECORD_GOLDEN"] == "1" {
            try Data(svg.utf8).write(to: goldenURL)
            Issue.record(
                "Recorded \(goldenURL.path); check it and run the tests again without the variable."
            )
            return
        }
        let golden = try String(decoding: Data(contentsOf: goldenURL), as: UTF8.self)
        #expect(svg == golden)
    }

    @Test func goldenCoordinatesLieInsideTheViewBox() {
        let svg = draw(Fixtures.smallNodes, Fixtures.smallTies)
        let viewBox = Fixtures.attributeValues("viewBox", in: svg).first?.split(separator: " ")
            .compactMap {
                Double($0)
            }
        #expect(viewBox?.count == 4)
        let width = viewBox?[2] ?? 0
        let height = viewBox?[3] ?? 0
        for name in ["cx", "x1", "x2", "x"] {
            for value in Fixtures.attributeValues(name, in: svg) {
                #expect((0...width).contains(Double(value) ?? -1), "\(name)=\(value)")
            }
        }
        for name in ["cy", "y1", "y2", "y"] {
            for value in Fixtures.attributeValues(name, in: svg) {
                #expect((0...height).contains(Double(value) ?? -1), "\(name)=\(value)")
            }
        }
    }
}
