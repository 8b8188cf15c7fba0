extension NetworkDiagram {
    /// Gap between a tie's arrowhead and the circle it points at.
    static let arrowGap = 2.0

    /// Two arrowhead markers: one for line ends, one (drawn the other way) for the start of a mutual tie. Two markers
    /// rather than SVG 2's `auto-start-reverse`, which older browsers ignore.
    func markerDefinitions(ids: DiagramIDs) -> String {
        let common =
            "viewBox=\"0 0 10 10\" markerUnits=\"userSpaceOnUse\" markerWidth=\"8\" markerHeight=\"8\" "
            + "orient=\"auto\""
        return "<defs>\n"
            + "<marker id=\"\(ids.arrowEnd)\" \(common) refX=\"10\" refY=\"5\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(NetworkPalette.neutral)\"/></marker>\n"
            + "<marker id=\"\(ids.arrowStart)\" \(common) refX=\"0\" refY=\"5\">"
            + "<path d=\"M10,0 L0,5 L10,10 z\" fill=\"\(NetworkPalette.neutral)\"/></marker>\n"
            + "</defs>\n"
    }

    /// One line per shown tie; a mutual pair is one line with arrowheads at both ends, drawn from the lower index.
    func tieLines(
        _ ties: [DiagramGraph.Tie],
        points: [NetworkPoint],
        radii: [Double],
        ids: DiagramIDs
    ) -> String {
        var shownPairs = Set<DiagramGraph.Edge>()
        for tie in ties { shownPairs.insert(DiagramGraph.Edge(first: tie.from, second: tie.to)) }
        var lines =
            "<g class=\"ties\" stroke=\"\(NetworkPalette.neutral)\" stroke-width=\"1.2\" "
            + "stroke-opacity=\"0.75\">\n"
        for tie in ties {
            let mutual = shownPairs.contains(DiagramGraph.Edge(first: tie.to, second: tie.from))
            if mutual, tie.from > tie.to { continue }
            lines += tieLine(
                from: points[tie.from],
                to: points[tie.to],
                fromRadius: radii[tie.from],
                toRadius: radii[tie.to],
                mutual: mutual,
                ids: ids
            )
        }
        return lines + "</g>\n"
    }

    /// A line between the edges of two circles, so the arrowheads are not hidden under them; when the circles
    /// (nearly) touch, a plain line between their centres, since there is no room for an arrowhead.
    private func tieLine(
        from start: NetworkPoint,
        to end: NetworkPoint,
        fromRadius: Double,
        toRadius: Double,
        mutual: Bool,
        ids: DiagramIDs
    ) -> String {
        let deltaX = end.x - start.x
        let deltaY = end.y - start.y
        let distance = (deltaX * deltaX + deltaY * deltaY).squareRoot()
        let startCut = fromRadius + Self.arrowGap
        let endCut = toRadius + Self.arrowGap
        guard distance > startCut + endCut + 8 else {
            return "<line x1=\"\(SVGNumber.format(start.x))\" y1=\"\(SVGNumber.format(start.y))\" "
                + "x2=\"\(SVGNumber.format(end.x))\" y2=\"\(SVGNumber.format(end.y))\"/>\n"
        }
        let unitX = deltaX / distance
        let unitY = deltaY / distance
        var line =
            "<line x1=\"\(SVGNumber.format(start.x + unitX * startCut))\" "
            + "y1=\"\(SVGNumber.format(start.y + unitY * startCut))\" "
            + "x2=\"\(SVGNumber.format(end.x - unitX * endCut))\" y2=\"\(SVGNumber.format(end.y - unitY * endCut))\""
        if mutual { line += " marker-start=\"url(#\(ids.arrowStart))\"" }
        return line + " marker-end=\"url(#\(ids.arrowEnd))\"/>\n"
    }

    /// A circle per organisation with its tooltip and a short label below it. Larger circles are drawn first so
    /// smaller ones stay visible on top of them.
    func nodeCircles(
        graph: DiagramGraph,
        points: [NetworkPoint],
        radii: [Double],
        palette: NetworkPalette
    ) -> String {
        let order = graph.nodes.indices.sorted { left, right in
            radii[left] != radii[right] ? radii[left] > radii[right] : left < right
        }
        var circles =
            "<g class=\"nodes\" font-size=\"10\" text-anchor=\"middle\" fill=\"\(NetworkPalette.ink)\">\n"
        for index in order {
            let node = graph.nodes[index]
            let point = points[index]
            let radius = radii[index]
            let name = node.name.isEmpty ? node.key : node.name
            let lines = Self.labelLines(name)
            circles += "<g><title>\(SVGText.escape(Self.tooltip(name: name, node: node)))</title>"
            circles +=
                "<circle cx=\"\(SVGNumber.format(point.x))\" cy=\"\(SVGNumber.format(point.y))\" "
                + "r=\"\(SVGNumber.format(radius))\" fill=\"\(palette.colour(forSector: node.sector))\" "
                + "stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
            // Kept whole inside the drawing: a label near a side moves in rather than being cut by the edge.
            let labelX = labelX(centre: point.x, lines: lines)
            var text = SVGText.escape(lines.first ?? "")
            for line in lines.dropFirst() {
                text += "<tspan x=\"\(SVGNumber.format(labelX))\" dy=\"11\">\(SVGText.escape(line))</tspan>"
            }
            // A white halo behind the label keeps it legible over tie lines.
            circles +=
                "<text x=\"\(SVGNumber.format(labelX))\" y=\"\(SVGNumber.format(point.y + radius + 10))\" "
                + "stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">"
                + "\(text)</text></g>\n"
        }
        return circles + "</g>\n"
    }

    /// A node's name on at most two lines of ``labelLength`` characters, wrapped between words; only a name too
    /// long for both ends in "…" (its tooltip and the organisations table keep it whole).
    static func labelLines(_ name: String) -> [String] {
        JourneyText.wrapped(name, limit: labelLength, maximumLines: 2)
    }

    /// The label's centre: under its node, moved in from a side just enough to keep the widest line inside.
    func labelX(centre: Double, lines: [String]) -> Double {
        let half = (lines.map { JourneyText.estimatedWidth($0, fontSize: 10) }.max() ?? 0) / 2 + 3
        guard half * 2 < width else { return width / 2 }
        return min(max(centre, half), width - half)
    }

    /// "Salford Community Leisure — Sport and leisure, 7 ties".
    static func tooltip(name: String, node: NetworkDiagramNode) -> String {
        let degree = max(node.degree, 0)
        return "\(name) — \(sectorLabel(node.sector)), \(degree) \(degree == 1 ? "tie" : "ties")"
    }

    /// The name shown for a sector; an empty name would leave a blank in the legend.
    static func sectorLabel(_ sector: String) -> String {
        sector.isEmpty ? "No sector given" : sector
    }
}
