import Testing

@testable import ThreadlineCharts

@Suite struct DiagramTests {
    @Test func radiusGrowsWithDegree() {
        let radii = (0...40).map { NetworkDiagram.radius(forDegree: $0, largestDegree: 40) }
        #expect(zip(radii, radii.dropFirst()).allSatisfy { $0 < $1 })
        #expect(radii.first == NetworkDiagram.smallestRadius)
        #expect(radii.last == NetworkDiagram.largestRadius)
        #expect(
            NetworkDiagram.radius(forDegree: -4, largestDegree: 40) == NetworkDiagram.smallestRadius
        )
        #expect(
            NetworkDiagram.radius(forDegree: Int.max, largestDegree: 40) == NetworkDiagram.largestRadius
        )
        #expect(NetworkDiagram.radius(forDegree: 5, largestDegree: 0) == NetworkDiagram.smallestRadius)
    }

    @Test func drawnCirclesGrowWithDegree() {
        let nodes = [0, 1, 4, 9, 16].map {
            NetworkDiagramNode(key: "k\($0)", name: "Degree \($0)", sector: "S", degree: $0)
        }
        let svg = NetworkDiagram().svg(
            title: "T",
            nodes: nodes,
            ties: [],
            minimumTrust: nil,
            idPrefix: "r"
        )
        var radiusByDegree: [Int: Double] = [:]
        for line in svg.split(separator: "\n") where line.contains("<circle") {
            guard
                let degreeText = line.split(separator: ",").last?.split(separator: " ").first(where: {
                    Int($0) != nil
                }),
                let degree = Int(degreeText),
                let radius = Fixtures.attributeValues("r", in: String(line)).first.flatMap(Double.init)
            else { continue }
            radiusByDegree[degree] = radius
        }
        let ordered = [0, 1, 4, 9, 16].compactMap { radiusByDegree[$0] }
        #expect(ordered.count == 5)
        #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func sharedSectorListColoursSectorsTheSameInEveryWave() {
        let waveOne = [
            NetworkDiagramNode(key: "a", name: "A", sector: "Sport", degree: 1),
            NetworkDiagramNode(key: "b", name: "B", sector: "Health", degree: 1),
        ]
        let waveTwo = [
            NetworkDiagramNode(key: "c", name: "C", sector: "Arts", degree: 1),
            NetworkDiagramNode(key: "d", name: "D", sector: "Sport", degree: 1),
        ]
        let diagram = NetworkDiagram(sectors: (waveOne + waveTwo).map(\.sector))
        let first = diagram.svg(
            title: "1",
            nodes: waveOne,
            ties: [],
            minimumTrust: nil,
            idPrefix: "one"
        )
        let second = diagram.svg(
            title: "2",
            nodes: waveTwo,
            ties: [],
            minimumTrust: nil,
            idPrefix: "two"
        )
        #expect(circleFill(named: "A", in: first) == circleFill(named: "D", in: second))
        #expect(circleFill(named: "A", in: first) != nil)
        // Sorted order: Arts, Health, Sport take slots 0, 1, 2.
        #expect(circleFill(named: "C", in: second) == NetworkPalette.colours[0])
        #expect(circleFill(named: "B", in: first) == NetworkPalette.colours[1])
        #expect(circleFill(named: "D", in: second) == NetworkPalette.colours[2])
    }

    @Test func legendListsEachSectorOnce() {
        let svg = NetworkDiagram().svg(
            title: "T",
            nodes: Fixtures.smallNodes,
            ties: Fixtures.smallTies,
            minimumTrust: nil,
            idPrefix: "l"
        )
        let legend = String(svg[(svg.range(of: "<g class=\"legend\"")?.lowerBound ?? svg.endIndex)...])
        for sector in ["Education", "Health", "Sport and leisure"] {
            #expect(Fixtures.occurrences(of: ">\(sector)</text>", in: legend) == 1, "\(sector)")
        }
        #expect(Fixtures.occurrences(of: "<rect ", in: legend) == 3)
    }

    @Test func hostileNamesAreEscaped() {
        let nodes = [
            NetworkDiagramNode(
                key: "x",
                name: "<script>alert(\"x\")</script>",
                sector: "Tom & 'Jerry'",
                degree: 1
            ),
            NetworkDiagramNode(key: "y", name: "A & B \"quoted\"", sector: "<b>", degree: 1),
        ]
        let ties = [NetworkDiagramTie(from: "x", to: "y", trust: 2)]
        let svg = NetworkDiagram().svg(
            title: "</title><script>",
            nodes: nodes,
            ties: ties,
            minimumTrust: nil,
            idPrefix: "\"><script>"
        )
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("\"quoted\""))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("Tom &amp; &#39;Jerry&#39;"))
        // Every ampersand starts an entity.
        let ampersands = Fixtures.occurrences(of: "&", in: svg)
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].reduce(0) {
            $0 + Fixtures.occurrences(of: $1, in: svg)
        }
        #expect(ampersands == entities)
    }

    @Test func idsAreUniqueWithTwoDiagramsOnOnePage() {
        let diagram = NetworkDiagram()
        let page = ["wave-1", "wave-2"].map {
            diagram.svg(
                title: $0,
                nodes: Fixtures.smallNodes,
                ties: Fixtures.smallTies,
                minimumTrust: nil,
                idPrefix: $0
            )
        }
        let ids = page.flatMap { Fixtures.attributeValues("id", in: $0) }
        #expect(ids.count == 8)
        #expect(Set(ids).count == ids.count)
        for svg in page {
            let own = Set(Fixtures.attributeValues("id", in: svg))
            let labelled = Fixtures.attributeValues("aria-labelledby", in: svg).flatMap {
                $0.split(separator: " ")
            }
            #expect(labelled.count == 2)
            #expect(labelled.allSatisfy { own.contains(String($0)) })
            for reference in Fixtures.attributeValues("marker-end", in: svg) {
                #expect(own.contains(String(reference.dropFirst(5).dropLast())), "\(reference)")
            }
        }
    }

    @Test func descriptionCountsOrganisationsAndTies() {
        let svg = NetworkDiagram().svg(
            title: "T",
            nodes: Fixtures.smallNodes,
            ties: Fixtures.smallTies,
            minimumTrust: 3,
            idPrefix: "d"
        )
        // 13 known ties; rated 3 or more: scl→nhs, nhs→scl, scl→gym, gp→mind, nhs→mind, school→college, school→scl.
        #expect(
            svg.contains(
                "10 organisations in 3 sectors. Showing 7 of 13 ties: those rated 3 or more for trust."
            )
        )
        #expect(svg.contains("<title>Salford Community Leisure — Sport and leisure, 7 ties</title>"))
        #expect(svg.contains("<title>Eccles Pool — Sport and leisure, 1 tie</title>"))
    }

    @Test func emptyNetworkSaysSo() {
        let svg = NetworkDiagram().svg(
            title: "Wave 3",
            nodes: [],
            ties: [NetworkDiagramTie(from: "a", to: "b", trust: 3)],
            minimumTrust: 2,
            idPrefix: "w3"
        )
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(Fixtures.occurrences(of: NetworkDiagram.emptyMessage, in: svg) == 2)
        #expect(!svg.contains("<circle"))
        #expect(svg.contains("aria-labelledby=\"w3-title w3-desc\""))
    }

    @Test func viewBoxHasNoFixedWidth() {
        let svg = NetworkDiagram().svg(
            title: "T",
            nodes: Fixtures.smallNodes,
            ties: [],
            minimumTrust: nil,
            idPrefix: "v"
        )
        let openingTag = svg.prefix { $0 != ">" }
        #expect(openingTag.contains("viewBox=\"0 0 720 "))
        #expect(!openingTag.contains(" width="))
        #expect(!openingTag.contains(" height="))
        #expect(openingTag.contains("role=\"img\""))
    }

    /// The `fill` of the circle whose tooltip starts with `name`.
    private func circleFill(named name: String, in svg: String) -> String? {
        let line = svg.split(separator: "\n").first { $0.contains("<title>\(name) — ") }
        return line.flatMap { Fixtures.attributeValues("fill", in: String($0)).first }
    }
}
