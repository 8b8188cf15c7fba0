/// Draws one wave's partnership network as a self-contained, accessible `<svg>` element.
///
/// Create one diagram with every wave's sectors and call ``svg(title:nodes:ties:minimumTrust:idPrefix:)`` per wave:
/// the sectors take colours in sorted order of name, so the waves shown side by side colour each sector the same.
///
/// ```swift
/// let diagram = NetworkDiagram(sectors: allWaves.flatMap { $0.nodes.map(\.sector) })
/// let first = diagram.svg(title: "Wave 1", nodes: wave1.nodes, ties: wave1.ties, minimumTrust: 3, idPrefix: "w1")
/// ```
public struct NetworkDiagram: Sendable {
    /// The text drawn, and given as the description, when a wave has no organisations.
    public static let emptyMessage = "No organisations in this wave."

    /// Every sector the page shows, across waves; sectors only found in a wave's nodes are added to it.
    public var sectors: [String]
    /// The width of the drawing in SVG user units; the page scales it with CSS.
    public var width: Double
    /// The height of the network's area, without the legend below it.
    public var height: Double
    /// The degree drawn at the largest size; `nil` uses each wave's own largest degree. Give the largest degree of
    /// all waves to make sizes comparable side by side.
    public var largestDegree: Int?

    static let smallestRadius = 5.0
    static let largestRadius = 18.0
    /// Room around the network for the largest circle and half of a label.
    static let plotMargin = 44.0
    static let labelLength = 18

    /// Creates a diagram. Sizes outside 240–4,000 (or not finite) fall back to 720 × 480.
    public init(
        sectors: [String] = [],
        width: Double = 720,
        height: Double = 480,
        largestDegree: Int? = nil
    ) {
        self.sectors = sectors
        self.width = Self.sanitisedSide(width, fallback: 720)
        self.height = Self.sanitisedSide(height, fallback: 480)
        self.largestDegree = largestDegree
    }

    /// One `<svg>` element drawing `nodes` and the ties that pass the trust filter, with a legend of sectors.
    ///
    /// - Parameters:
    ///   - title: The accessible name of the drawing, for its `<title>`.
    ///   - nodes: The wave's organisations; with none, the drawing says ``emptyMessage``.
    ///   - ties: The wave's ties. Ties naming unknown keys, self-ties and repeated pairs are skipped and not counted.
    ///   - minimumTrust: When set (and finite), ties rated below it and unrated ties are left out, and the description
    ///     says how many are shown. The layout always uses every tie, so nodes keep their places as the filter changes.
    ///   - idPrefix: Makes the ids unique on the page; give each diagram on a page a different one.
    ///   - positions: Where each organisation sits, from ``layout(nodes:ties:)`` over every wave shown, so that
    ///     an organisation keeps its place from one wave to the next; `nil` lays out this wave alone.
    public func svg(
        title: String,
        nodes: [NetworkDiagramNode],
        ties: [NetworkDiagramTie],
        minimumTrust: Double?,
        idPrefix: String,
        positions: [String: NetworkPoint]? = nil
    ) -> String {
        let graph = DiagramGraph(nodes: nodes, ties: ties)
        let ids = DiagramIDs(prefix: idPrefix)
        guard !graph.nodes.isEmpty else { return emptySVG(title: title, ids: ids) }

        let minimum = minimumTrust.flatMap { $0.isFinite ? $0 : nil }
        let shownTies = graph.ties.filter { tie in
            guard let minimum else { return true }
            guard let trust = tie.trust else { return false }
            return trust >= minimum
        }
        let palette = NetworkPalette(sectors: sectors, extraSectors: graph.nodes.map(\.sector))
        let frame = LayoutFrame(width: width, height: height, margin: Self.plotMargin)
        let points: [NetworkPoint]
        if let positions, graph.nodes.allSatisfy({ positions[$0.key] != nil }) {
            points = graph.nodes.map { positions[$0.key]! }
        } else {
            points = NetworkLayout.positions(of: graph, in: frame, iterations: NetworkLayout.defaultIterations)
        }
        let largest = max(largestDegree ?? 0, graph.nodes.map(\.degree).max() ?? 0)
        let radii = graph.nodes.map { Self.radius(forDegree: $0.degree, largestDegree: largest) }
        let legend = DiagramLegend(
            palette: palette,
            nodes: graph.nodes,
            width: width,
            top: height,
            showsTies: !shownTies.isEmpty
        )

        let description = Self.description(
            graph: graph,
            shownTieCount: shownTies.count,
            minimumTrust: minimum,
            sectorCount: legend.entries.count
        )
        var svg = openingTag(ids: ids, totalHeight: height + legend.height)
        svg += "<title id=\"\(ids.title)\">\(SVGText.escape(title))</title>\n"
        svg += "<desc id=\"\(ids.description)\">\(SVGText.escape(description))</desc>\n"
        svg += markerDefinitions(ids: ids)
        svg += tieLines(shownTies, points: points, radii: radii, ids: ids)
        svg += nodeCircles(graph: graph, points: points, radii: radii, palette: palette)
        svg += legend.svg()
        svg += "</svg>\n"
        return svg
    }

    /// One layout for several waves: every organisation of any of them, placed by the ties of all of them, in
    /// this diagram's frame. Give the result to each wave's ``svg(title:nodes:ties:minimumTrust:idPrefix:positions:)``
    /// and an organisation sits in the same place in every drawing, so what changed between waves is what moved
    /// in the ties, not the picture.
    ///
    /// - Parameters:
    ///   - nodes: The organisations of every wave shown (a key met more than once is one organisation).
    ///   - ties: The ties of every wave shown.
    public func layout(nodes: [NetworkDiagramNode], ties: [NetworkDiagramTie]) -> [String: NetworkPoint] {
        NetworkLayout.positions(
            nodes: nodes, ties: ties, width: width, height: height, margin: Self.plotMargin,
            iterations: NetworkLayout.defaultIterations)
    }

    /// The radius of a node: between the smallest and largest radius on a square-root scale of degree, so a node's
    /// area grows in proportion to its ties. Non-decreasing in `degree`; degrees past `largestDegree` stay largest.
    static func radius(forDegree degree: Int, largestDegree: Int) -> Double {
        guard largestDegree > 0 else { return smallestRadius }
        let share = min(Double(max(degree, 0)) / Double(largestDegree), 1)
        return smallestRadius + (largestRadius - smallestRadius) * share.squareRoot()
    }

    func openingTag(ids: DiagramIDs, totalHeight: Double) -> String {
        let viewBox = "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(totalHeight))"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(viewBox)\" role=\"img\" "
            + "aria-labelledby=\"\(ids.title) \(ids.description)\" font-family=\"system-ui, sans-serif\">\n"
    }

    private func emptySVG(title: String, ids: DiagramIDs) -> String {
        let emptyHeight = 120.0
        var svg = openingTag(ids: ids, totalHeight: emptyHeight)
        svg += "<title id=\"\(ids.title)\">\(SVGText.escape(title))</title>\n"
        svg += "<desc id=\"\(ids.description)\">\(SVGText.escape(Self.emptyMessage))</desc>\n"
        svg +=
            "<rect x=\"0.5\" y=\"0.5\" width=\"\(SVGNumber.format(width - 1))\" "
            + "height=\"\(SVGNumber.format(emptyHeight - 1))\" fill=\"none\" "
            + "stroke=\"\(NetworkPalette.neutral)\" stroke-dasharray=\"4 4\"/>\n"
        svg +=
            "<text x=\"\(SVGNumber.format(width / 2))\" y=\"\(SVGNumber.format(emptyHeight / 2))\" "
            + "text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"16\" fill=\"\(NetworkPalette.ink)\">"
            + "\(SVGText.escape(Self.emptyMessage))</text>\n"
        svg += "</svg>\n"
        return svg
    }

    private static func sanitisedSide(_ value: Double, fallback: Double) -> Double {
        guard value.isFinite, (240...4_000).contains(value) else { return fallback }
        return value
    }
}

/// The ids of one diagram, all starting with the sanitised prefix.
struct DiagramIDs {
    let title: String
    let description: String
    let arrowEnd: String
    let arrowStart: String

    init(prefix: String) {
        let base = SVGText.identifier(prefix, startingWith: "n")
        title = base + "-title"
        description = base + "-desc"
        arrowEnd = base + "-arrow-end"
        arrowStart = base + "-arrow-start"
    }
}
