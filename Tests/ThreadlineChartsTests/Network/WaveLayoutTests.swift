import Testing

@testable import ThreadlineCharts

/// Two waves side by side: one layout for both, whole names, and nothing drawn past an edge.
@Suite struct WaveLayoutTests {
    /// The circle centre of each organisation in `svg`, by the name its tooltip starts with.
    static func centres(in svg: String) -> [String: String] {
        var centres: [String: String] = [:]
        for line in svg.split(separator: "\n") where line.contains("<circle") && line.contains("<title>") {
            guard let title = line.split(separator: ">")[safe: 2]?.split(separator: " — ").first,
                let x = Fixtures.attributeValues("cx", in: String(line)).first,
                let y = Fixtures.attributeValues("cy", in: String(line)).first
            else { continue }
            centres[String(title)] = "\(x),\(y)"
        }
        return centres
    }

    @Test func organisationsKeepTheirPlaceFromOneWaveToTheNext() {
        let diagram = NetworkDiagram(width: 560, height: 480)
        let first = Array(Fixtures.smallNodes.prefix(7))
        let second = Array(Fixtures.smallNodes.dropFirst(3))
        let firstTies = Fixtures.smallTies.filter { tie in first.contains { $0.key == tie.from } }
        let secondTies = Fixtures.smallTies.filter { tie in second.contains { $0.key == tie.to } }
        let positions = diagram.layout(nodes: first + second, ties: firstTies + secondTies)
        let one = Self.centres(
            in: diagram.svg(
                title: "One", nodes: first, ties: firstTies, minimumTrust: nil, idPrefix: "a", positions: positions))
        let two = Self.centres(
            in: diagram.svg(
                title: "Two", nodes: second, ties: secondTies, minimumTrust: nil, idPrefix: "b", positions: positions))
        let shared = Set(one.keys).intersection(two.keys)
        #expect(shared.count == 4)
        for name in shared { #expect(one[name] == two[name], "\(name) moved between the waves") }
        // Drawn alone, the waves would place the same organisations differently: the test can fail.
        let alone = Self.centres(
            in: diagram.svg(title: "Two", nodes: second, ties: secondTies, minimumTrust: nil, idPrefix: "c"))
        #expect(shared.contains { alone[$0] != one[$0] })
    }

    @Test func longNamesWrapWholeAndStayInsideTheDrawing() {
        let long = "Salford Community Leisure and Wellbeing Trust"
        let nodes = [
            NetworkDiagramNode(key: "a", name: long, sector: "Sport", degree: 1),
            NetworkDiagramNode(key: "b", name: "B", sector: "Sport", degree: 1),
        ]
        let diagram = NetworkDiagram(width: 400, height: 300)
        // The long name's organisation is pinned at the very left edge of the plot.
        let svg = diagram.svg(
            title: "Edge", nodes: nodes, ties: [NetworkDiagramTie(from: "a", to: "b", trust: nil)],
            minimumTrust: nil, idPrefix: "e",
            positions: ["a": NetworkPoint(x: NetworkDiagram.plotMargin, y: 150), "b": NetworkPoint(x: 300, y: 150)])
        #expect(svg.contains("Salford Community"))
        #expect(svg.contains("Leisure and"))
        #expect(!svg.contains("Salford Communit…"))
        let lines = NetworkDiagram.labelLines(long)
        #expect(lines.count == 2)
        let halfWidth = (lines.map { JourneyText.estimatedWidth($0, fontSize: 10) }.max() ?? 0) / 2
        for line in svg.split(separator: "\n") where line.contains(long) {
            let x = Double(Fixtures.attributeValues("x", in: String(line)).first ?? "") ?? -1
            #expect(x - halfWidth >= 0, "the label starts past the left edge at \(x)")
            #expect(x + halfWidth <= 400)
        }
    }
}

extension Collection {
    fileprivate subscript(safe index: Index) -> Element? { indices.contains(index) ? self[index] : nil }
}
