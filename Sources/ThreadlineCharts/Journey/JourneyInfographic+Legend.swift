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

    /// One legend entry with its marker centred at (`x` + 7, `y`).
    static func legendItem(
        _ item: (enabler: Int?, label: String, tooltip: String), x: Double, y: Double
    ) -> String {
        let number = item.enabler.map { "<tspan font-weight=\"700\">\($0)</tspan> " } ?? ""
        return """
            <g class="journey-legend-item"><title>\(JourneyText.escape(item.tooltip))</title>\
            \(marker(enabler: item.enabler, x: x + 7, y: y))\
            <text x="\(JourneyText.number(x + 20))" y="\(JourneyText.number(y + 4.5))">\(number)\
            \(JourneyText.escape(JourneyText.shortened(item.label, to: 32)))</text></g>

            """
    }

    /// The legend flowed left to right in rows `width` wide, starting at `top`; returns the markup and its height.
    static func flowingLegend(_ entries: [JourneyEntry], top: Double, width: Int) -> (
        markup: String, height: Double
    ) {
        var markup = "<g class=\"journey-legend\">\n"
        var x = 16.0
        var row = 0
        for item in legendEntries(entries) {
            let labelWidth = JourneyText.estimatedWidth(
                "\(item.enabler.map(String.init) ?? "") \(JourneyText.shortened(item.label, to: 32))",
                fontSize: 12)
            let itemWidth = 20 + labelWidth + 24
            if x > 16, x + itemWidth > Double(width) - 16 {
                row += 1
                x = 16
            }
            markup += legendItem(item, x: x, y: top + 11 + Double(row) * 24)
            x += itemWidth
        }
        return (markup + "</g>\n", Double(row + 1) * 24)
    }

    /// The legend one entry per line, starting at `top`; returns the markup and its height.
    static func stackedLegend(_ entries: [JourneyEntry], top: Double) -> (
        markup: String, height: Double
    ) {
        var markup = "<g class=\"journey-legend\">\n"
        let items = legendEntries(entries)
        for (index, item) in items.enumerated() {
            markup += legendItem(item, x: 16, y: top + 11 + Double(index) * 24)
        }
        return (markup + "</g>\n", Double(items.count) * 24)
    }
}
