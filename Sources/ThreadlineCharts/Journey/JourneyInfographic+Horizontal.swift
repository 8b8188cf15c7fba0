extension JourneyInfographic {
    /// The height of one label lane: markers, short date and shortened title.
    static let laneHeight = 58.0

    /// Left to right: era bands and their names on top, the axis with year ticks, milestone labels in lanes above
    /// and below it joined to their dates by stems, and the legend underneath. A milestone whose words find no free
    /// lane is drawn with its markers only.
    func horizontalSVG(title: String, entries: [JourneyEntry], eras: [JourneyEra], prefix: String)
        -> String
    {
        let margin = 40.0
        let scale = JourneyTimeScale(
            entries: entries, eras: eras, left: margin, right: Double(width) - margin)
        var packer = JourneyLanePacker(lanesPerSide: lanesPerSide)
        var placed: [(x: Double, centre: Double, above: Bool, level: Int, date: String, label: String?)] = []
        placed.reserveCapacity(entries.count)
        for entry in entries {
            let x = scale.x(JourneyCalendar.startPosition(of: entry.milestone.date))
            let date = JourneyCalendar.shortText(entry.milestone.date)
            let markersWidth = Self.markerRowWidth(entry.enablers)
            // The whole title when a lane has room for it; shortened (its tooltip and the list beside the drawing
            // keep the whole) only when none has.
            let full = entry.milestone.title.trimmingCharacters(in: .whitespacesAndNewlines)
            let short = JourneyText.shortened(entry.milestone.title, to: maximumLabelLength)
            var found: (centre: Double, lane: (above: Bool, level: Int), label: String)?
            for label in !full.contains(where: \.isNewline) && full != short ? [full, short] : [short] {
                let blockWidth = max(
                    markersWidth,
                    JourneyText.estimatedWidth(date, fontSize: 12, bold: true),
                    JourneyText.estimatedWidth(label, fontSize: 12))
                guard blockWidth <= Double(width) - 8 else { continue }
                // Kept inside the drawing; the block still covers its stem because x is at least `margin` from an
                // edge.
                let centre = min(max(x, blockWidth / 2 + 4), Double(width) - blockWidth / 2 - 4)
                if let lane = packer.place(left: centre - blockWidth / 2, right: centre + blockWidth / 2) {
                    found = (centre, (lane.above, lane.level), label)
                    break
                }
            }
            if let found {
                placed.append((x, found.centre, found.lane.above, found.lane.level, date, found.label))
                continue
            }
            // No room for the words: draw the markers alone (the tooltip and the text alternative keep the rest)
            // rather than print labels over each other.
            let compactCentre = min(max(x, markersWidth / 2 + 4), Double(width) - markersWidth / 2 - 4)
            let lane =
                packer.place(
                    left: compactCentre - markersWidth / 2, right: compactCentre + markersWidth / 2)
                ?? packer.placeWithLeastOverlap(right: compactCentre + markersWidth / 2)
            placed.append((x, compactCentre, lane.above, lane.level, date, nil))
        }
        let eraRow = eras.isEmpty ? 0.0 : 26
        let axisY = 8 + eraRow + Double(packer.levelsAbove) * Self.laneHeight + 10
        let belowTop = axisY + 32
        let plotBottom = belowTop + Double(packer.levelsBelow) * Self.laneHeight
        let legend = Self.flowingLegend(entries, top: plotBottom + 12, width: width)
        let height = Int((plotBottom + 12 + legend.height + 8).rounded(.up))
        var svg = Self.header(
            className: "journey-infographic journey-horizontal", width: width, height: height,
            prefix: prefix,
            title: title, desc: Self.description(entries: entries, eras: eras))
        // About 600 bytes a milestone: reserving once saves regrowing a large string.
        svg.reserveCapacity(svg.utf8.count + entries.count * 640 + eras.count * 256 + 4096)
        svg += horizontalEras(eras, scale: scale, bottom: plotBottom)
        svg += horizontalAxis(scale: scale, axisY: axisY)
        svg += "<g class=\"journey-milestones\">\n"
        for (entry, place) in zip(entries, placed) {
            let blockTop =
                place.above
                ? axisY - 10 - Double(place.level + 1) * Self.laneHeight + 3
                : belowTop + Double(place.level) * Self.laneHeight + 3
            let stemEnd = place.above ? blockTop + (place.label == nil ? 16 : 52) : blockTop
            let rowLeft = place.centre - Self.markerRowWidth(entry.enablers) / 2
            let x = JourneyText.number(place.x)
            let centre = JourneyText.number(place.centre)
            svg += """
                <g class="journey-milestone"><title>\(JourneyText.escape(entry.summary))</title>\
                <line x1="\(x)" y1="\(JourneyText.number(axisY))" x2="\(x)" y2="\(JourneyText.number(stemEnd))" \
                stroke="#8c959f" stroke-width="1"/>\
                <circle cx="\(x)" cy="\(JourneyText.number(axisY))" r="3.5"/>\
                \(Self.markerRow(entry.enablers, left: rowLeft, centreY: blockTop + 8))
                """
            if let label = place.label {
                svg += """
                    <text x="\(centre)" y="\(JourneyText.number(blockTop + 30))" text-anchor="middle" \
                    font-weight="700">\(JourneyText.escape(place.date))</text>\
                    <text x="\(centre)" y="\(JourneyText.number(blockTop + 46))" text-anchor="middle">\
                    \(JourneyText.escape(label))</text>
                    """
            }
            svg += "</g>\n"
        }
        svg += "</g>\n"
        svg += legend.markup
        svg += "</svg>"
        return svg
    }

    /// Each era as a pale band from its start to its end (or the axis's end while it goes on), its name on top,
    /// shortened to the band's width and left out when the band is too narrow for two characters.
    func horizontalEras(_ eras: [JourneyEra], scale: JourneyTimeScale, bottom: Double) -> String {
        guard !eras.isEmpty else { return "" }
        var markup = "<g class=\"journey-eras\">\n"
        for (index, era) in eras.enumerated() {
            let left = scale.x(JourneyCalendar.startPosition(of: era.start))
            let right = era.end.map { scale.x(JourneyCalendar.endPosition(of: $0)) } ?? scale.right
            let bandWidth = max(right - left, 1)
            let fitting = Int((bandWidth - 8) / (12 * 0.6))
            let name = fitting >= 2 ? JourneyText.shortened(era.title, to: fitting) : ""
            let tooltip = "\(era.title): \(JourneyCalendar.spanText(era))"
            markup += """
                <g class="journey-era"><title>\(JourneyText.escape(tooltip))</title>\
                <rect x="\(JourneyText.number(left))" y="6" width="\(JourneyText.number(bandWidth))" \
                height="\(JourneyText.number(bottom - 6))" fill="\(JourneyPalette.eraFills[index % 2])"/>
                """
            if !name.isEmpty {
                markup += """
                    <text x="\(JourneyText.number(left + 4))" y="22" font-weight="700">\(JourneyText.escape(name))</text>
                    """
            }
            markup += "</g>\n"
        }
        return markup + "</g>\n"
    }

    /// The axis line with a tick and label at each chosen year.
    func horizontalAxis(scale: JourneyTimeScale, axisY: Double) -> String {
        let y = JourneyText.number(axisY)
        var markup = """
            <g class="journey-axis">
            <line x1="\(JourneyText.number(scale.left))" y1="\(y)" x2="\(JourneyText.number(scale.right))" y2="\(y)" \
            stroke="\(JourneyPalette.ink)" stroke-width="2"/>

            """
        for year in scale.tickYears {
            let x = JourneyText.number(scale.x(Double(year)))
            markup += """
                <line x1="\(x)" y1="\(JourneyText.number(axisY - 5))" x2="\(x)" y2="\(JourneyText.number(axisY + 5))" \
                stroke="\(JourneyPalette.ink)" stroke-width="1"/>\
                <text x="\(x)" y="\(JourneyText.number(axisY + 20))" text-anchor="middle" font-size="11">\(year)</text>

                """
        }
        return markup + "</g>\n"
    }
}
