import Testing

@testable import ThreadlineCharts

@Suite struct LayoutTests {
    func expectInside(_ points: [String: NetworkPoint], width: Double, height: Double, margin: Double) {
        for (key, point) in points {
            #expect((margin...(width - margin)).contains(point.x), "\(key) x \(point.x)")
            #expect((margin...(height - margin)).contains(point.y), "\(key) y \(point.y)")
        }
    }

    @Test func positionsStayInsideTheFrameMinusTheMargin() {
        let (nodes, ties) = Fixtures.randomNetwork(nodes: 150, ties: 400, seed: 11)
        let points = NetworkLayout.positions(
            nodes: nodes,
            ties: ties,
            width: 500,
            height: 300,
            margin: 25
        )
        #expect(points.count == 150)
        expectInside(points, width: 500, height: 300, margin: 25)
    }

    @Test func connectedNodesEndCloserThanUnconnectedOnes() {
        let (nodes, ties) = Fixtures.twoCliques()
        let points = NetworkLayout.positions(nodes: nodes, ties: ties, width: 720, height: 480)
        let tied = Set(ties.map { [$0.from, $0.to].sorted() })
        var connected: [Double] = []
        var unconnected: [Double] = []
        let keys = nodes.map(\.key)
        for (offset, first) in keys.enumerated() {
            for second in keys[(offset + 1)...] {
                guard let a = points[first], let b = points[second] else {
                    Issue.record("missing \(first) or \(second)")
                    continue
                }
                let distance = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                if tied.contains([first, second].sorted()) {
                    connected.append(distance)
                } else {
                    unconnected.append(distance)
                }
            }
        }
        let meanConnected = connected.reduce(0, +) / Double(connected.count)
        let meanUnconnected = unconnected.reduce(0, +) / Double(unconnected.count)
        #expect(connected.count == 91)
        #expect(
            meanConnected * 2 < meanUnconnected,
            "connected \(meanConnected), unconnected \(meanUnconnected)"
        )
    }

    @Test func isolatedNodesStayInsideTheFrame() {
        let nodes = (0..<12).map {
            NetworkDiagramNode(key: "lonely\($0)", name: "", sector: "", degree: 0)
        }
        let ties = [NetworkDiagramTie(from: "lonely0", to: "lonely1", trust: nil)]
        let points = NetworkLayout.positions(
            nodes: nodes,
            ties: ties,
            width: 300,
            height: 200,
            margin: 10
        )
        #expect(points.count == 12)
        expectInside(points, width: 300, height: 200, margin: 10)
    }

    @Test func noNodesGiveNoPositions() {
        #expect(NetworkLayout.positions(nodes: [], ties: [], width: 300, height: 200).isEmpty)
    }

    @Test func oneNodeSitsInTheCentre() {
        let node = NetworkDiagramNode(key: "only", name: "Only", sector: "", degree: 0)
        let points = NetworkLayout.positions(nodes: [node], ties: [], width: 300, height: 200)
        #expect(points == ["only": NetworkPoint(x: 150, y: 100)])
    }

    @Test func twoTiedNodesAreApartAndInside() throws {
        let nodes = ["a", "b"].map { NetworkDiagramNode(key: $0, name: $0, sector: "", degree: 1) }
        let ties = [NetworkDiagramTie(from: "a", to: "b", trust: 2)]
        let points = NetworkLayout.positions(
            nodes: nodes,
            ties: ties,
            width: 300,
            height: 200,
            margin: 20
        )
        let a = try #require(points["a"])
        let b = try #require(points["b"])
        #expect(a != b)
        expectInside(points, width: 300, height: 200, margin: 20)
    }

    @Test func repeatedKeysAndUnknownTiesAreHarmless() {
        let nodes = [
            NetworkDiagramNode(key: "a", name: "First", sector: "", degree: 1),
            NetworkDiagramNode(key: "a", name: "Second", sector: "", degree: 1),
            NetworkDiagramNode(key: "b", name: "B", sector: "", degree: 1),
        ]
        let ties = [
            NetworkDiagramTie(from: "a", to: "ghost", trust: 1),
            NetworkDiagramTie(from: "a", to: "a", trust: 1),
        ]
        let points = NetworkLayout.positions(nodes: nodes, ties: ties, width: 300, height: 200)
        #expect(Set(points.keys) == ["a", "b"])
    }

    @Test(arguments: [
        (Double.nan, 200.0), (-5, 200), (0, 0), (.infinity, 100), (300, 200),
    ])
    func hostileFramesGiveFinitePointsInsideIt(width: Double, height: Double) {
        let (nodes, ties) = Fixtures.randomNetwork(nodes: 20, ties: 30, seed: 2)
        let points = NetworkLayout.positions(
            nodes: nodes,
            ties: ties,
            width: width,
            height: height,
            margin: .nan
        )
        #expect(points.count == 20)
        let frame = LayoutFrame(width: width, height: height, margin: 0)
        for point in points.values {
            #expect(point.x.isFinite && point.y.isFinite)
            #expect(
                (frame.minX...frame.maxX).contains(point.x) && (frame.minY...frame.maxY).contains(point.y)
            )
        }
    }

    @Test func zeroIterationsGiveTheSeededStartInsideTheFrame() {
        let (nodes, ties) = Fixtures.randomNetwork(nodes: 30, ties: 40, seed: 4)
        let points = NetworkLayout.positions(
            nodes: nodes,
            ties: ties,
            width: 300,
            height: 200,
            iterations: 0
        )
        #expect(
            points
                == NetworkLayout.positions(
                    nodes: nodes,
                    ties: ties,
                    width: 300,
                    height: 200,
                    iterations: -3
                )
        )
        expectInside(points, width: 300, height: 200, margin: NetworkLayout.defaultMargin)
    }
}
