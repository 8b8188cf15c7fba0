extension JourneyInfographic {
    /// The legend's entries: each enabler used (marker, number, name) and, when needed, the hollow grey marker.
    static func legendEntries(_ entries: [JourneyEntry]) -> [(
        enabler: Int?, label: String, tooltip: String
    )] {
        var items: [(enabler: Int?, label: String, tooltip: String)] = usedEnablers(entries).map {
            style in
            let colour = JourneyPalette.colour(forEnabler: style.number).name
            let shape = JourneyMarkerShape.forEnabler(style.number).name
            return (
                style.number, style.name,
                "Enabler \(style.number), \(style.name): \(colour) \(shape) marker"
            )
        }
        if entries.contains(where: \.enablers.isEmpty) {
            items.append((nil, "No linked enabler", "No linked enabler: hollow grey circle marker"))
        }
        return items
    }

    /// The height of a legend row of one line, and what each further line of a wrapped entry adds.
    static let legendRowHeight = 24.0
    static let legendLineHeight = 15.0

    /// An entry's name wrapped to lines that fit `available` points (at most three; the last ends in "…" only
    /// when even three lines cannot hold it, and the entry's tooltip and the list beside the drawing keep the whole).
    static func legendLines(_ item: (enabler: Int?, label: String, tooltip: String), available: Double) -> [String] {
        let numberWidth = item.enabler.map { JourneyText.estimatedWidth("\($0) ", fontSize: 12, bold: true) } ?? 0
        let limit = max(Int((available - 20 - numberWidth) / (12 * 0.56)), 8)
        return JourneyText.wrapped(item.label, limit: limit, maximumLines: 3)
    }

    /// One legend entry with its marker centred at (`x` + 7, `y`) and its name in `lines`, the first beside the
    /// marker and the rest beneath it.
    static func legendItem(
        _ item: (enabler: Int?, label: String, tooltip: String), lines: [String], x: Double, y: Double
    ) -> String {
        let number = item.enabler.map { "<tspan font-weight=\"700\">\($0)</tspan> " } ?? ""
        let textX = JourneyText.number(x + 20)
        var text = "\(number)\(JourneyText.escape(lines.first ?? ""))"
        for line in lines.dropFirst() {
            text +=
                "<tspan x=\"\(textX)\" dy=\"\(JourneyText.number(legendLineHeight))\">\(JourneyText.escape(line))</tspan>"
        }
        return """
            <g class="journey-legend-item"><title>\(JourneyText.escape(item.tooltip))</title>\
            \(marker(enabler: item.enabler, x: x + 7, y: y))\
            <text x="\(textX)" y="\(JourneyText.number(y + 4.5))">\(text)</text></g>

            """
    }

    /// The legend flowed left to right in rows `width` wide, starting at `top`; returns the markup and its height.
    /// A name too long for the row it starts is wrapped onto further lines, never cut while the drawing has room.
    static func flowingLegend(_ entries: [JourneyEntry], top: Double, width: Int) -> (
        markup: String, height: Double
    ) {
        var markup = "<g class=\"journey-legend\">\n"
        var x = 16.0
        var rowTop = top
        var rowLines = 1
        let available = Double(width) - 32
        for item in legendEntries(entries) {
            let lines = legendLines(item, available: available)
            let widest =
                lines.enumerated().map { index, line in
                    JourneyText.estimatedWidth(
                        index == 0 ? "\(item.enabler.map(String.init) ?? "") \(line)" : line, fontSize: 12)
                }.max() ?? 0
            let itemWidth = 20 + widest + 24
            if x > 16, x + itemWidth > Double(width) - 16 {
                rowTop += legendRowHeight + Double(rowLines - 1) * legendLineHeight
                rowLines = 1
                x = 16
            }
            markup += legendItem(item, lines: lines, x: x, y: rowTop + 11)
            rowLines = max(rowLines, lines.count)
            x += itemWidth
        }
        let height = rowTop - top + legendRowHeight + Double(rowLines - 1) * legendLineHeight
        return (markup + "</g>\n", height)
    }

    /// The legend one entry per line, starting at `top`, in a drawing `width` wide; returns the markup and its
    /// height. Long names wrap onto further lines.
    static func stackedLegend(_ entries: [JourneyEntry], top: Double, width: Int) -> (
        markup: String, height: Double
    ) {
        var markup = "<g class=\"journey-legend\">\n"
        var y = top
        for item in legendEntries(entries) {
            let lines = legendLines(item, available: Double(width) - 32)
            markup += legendItem(item, lines: lines, x: 16, y: y + 11)
            y += legendRowHeight + Double(lines.count - 1) * legendLineHeight
        }
        return (markup + "</g>\n", y - top)
    }
}
