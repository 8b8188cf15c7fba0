extension JourneyInfographic {
    /// Top to bottom, one milestone per row (full date, title wrapped, markers), rows of one era grouped on a band
    /// under the era's heading, a line down the left joining the rows, and the legend underneath. Rows are spaced
    /// evenly rather than by time: on a phone, reading order matters more than proportion.
    func verticalSVG(title: String, entries: [JourneyEntry], eras: [JourneyEra], prefix: String)
        -> String
    {
        let axisX = 24.0
        let textX = 44.0
        var bands = ""
        var rows = ""
        rows.reserveCapacity(entries.count * 720)
        var y = 12.0
        var firstDotY: Double?
        var lastDotY = y
        var index = 0
        while index < entries.count {
            // A run of consecutive rows in the same era (or in none) shares one band.
            let eraIndex = entries[index].eraIndex
            var end = index
            while end < entries.count, entries[end].eraIndex == eraIndex { end += 1 }
            let groupTop = y
            if let era = entries[index].era {
                y += 48
                rows += """
                    <g class="journey-era-heading"><text x="\(JourneyText.number(textX))" y="\(JourneyText.number(groupTop + 22))" \
                    font-size="14" font-weight="700">\(JourneyText.escape(JourneyText.shortened(era.title, to: 34)))\
                    </text><text x="\(JourneyText.number(textX))" y="\(JourneyText.number(groupTop + 38))">\
                    \(JourneyText.escape(JourneyCalendar.spanText(era)))</text></g>

                    """
            }
            for entry in entries[index..<end] {
                let lines = JourneyText.wrapped(
                    entry.milestone.title, limit: verticalLineLength, maximumLines: verticalMaximumLines)
                let dotY = y + 11
                if firstDotY == nil { firstDotY = dotY }
                lastDotY = dotY
                var text = """
                    <text x="\(JourneyText.number(textX))" y="\(JourneyText.number(y + 16))" font-size="14" \
                    font-weight="700">\(JourneyText.escape(entry.milestone.date.displayText))</text>
                    """
                for (line, content) in lines.enumerated() {
                    text += """
                        <text x="\(JourneyText.number(textX))" y="\(JourneyText.number(y + 36 + Double(line) * 20))" \
                        font-size="14">\(JourneyText.escape(content))</text>
                        """
                }
                let markersY = y + 16 + Double(lines.count) * 20 + 16
                rows += """
                    <g class="journey-milestone"><title>\(JourneyText.escape(entry.summary))</title>\
                    <circle cx="\(JourneyText.number(axisX))" cy="\(JourneyText.number(dotY))" r="5"/>\
                    \(text)\(Self.markerRow(entry.enablers, left: textX, centreY: markersY))</g>

                    """
                y = markersY + 22
            }
            if let eraIndex {
                bands += """
                    <rect class="journey-era" x="4" y="\(JourneyText.number(groupTop))" \
                    width="\(verticalWidth - 8)" height="\(JourneyText.number(y - groupTop))" \
                    fill="\(JourneyPalette.eraFills[eraIndex % 2])"/>

                    """
            }
            index = end
        }
        let legendTop = y + 8
        let legend = Self.stackedLegend(entries, top: legendTop, width: verticalWidth)
        let height = Int((legendTop + legend.height + 8).rounded(.up))
        var svg = Self.header(
            className: "journey-infographic journey-vertical", width: verticalWidth, height: height,
            prefix: prefix,
            title: title, desc: Self.description(entries: entries, eras: eras))
        if !bands.isEmpty { svg += "<g class=\"journey-eras\">\n\(bands)</g>\n" }
        svg += """
            <line class="journey-axis" x1="\(JourneyText.number(axisX))" y1="\(JourneyText.number(firstDotY ?? lastDotY))" \
            x2="\(JourneyText.number(axisX))" y2="\(JourneyText.number(lastDotY))" stroke="\(JourneyPalette.ink)" \
            stroke-width="2"/>
            <g class="journey-milestones">
            \(rows)</g>

            """
        svg += legend.markup
        svg += "</svg>"
        return svg
    }
}
