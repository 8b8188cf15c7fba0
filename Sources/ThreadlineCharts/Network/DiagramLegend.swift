/// The legend below the network: a swatch and the name of each sector drawn, wrapping into rows, then a line on
/// what the circle sizes mean.
struct DiagramLegend {
    static let rowHeight = 20.0
    static let swatchSize = 12.0
    static let fontSize = 12.0
    /// A generous average glyph width for a 12-unit sans-serif font, so entries rarely collide.
    static let characterWidth = 6.8
    static let sectorNameLength = 32
    static let sidePadding = 16.0

    struct Entry {
        var label: String
        var colour: String
        var x: Double
        var y: Double
    }

    let entries: [Entry]
    /// The height the legend adds below the network.
    let height: Double
    private let noteY: Double
    private let note: String

    /// Lays out one entry per sector found in `nodes`, in the palette's (sorted) order; the note mentions arrows
    /// only when `showsTies`.
    init(
        palette: NetworkPalette,
        nodes: [NetworkDiagramNode],
        width: Double,
        top: Double,
        showsTies: Bool
    ) {
        let present = Set(nodes.map(\.sector))
        var entries: [Entry] = []
        var x = Self.sidePadding
        var y = top + 8
        for sector in palette.sectors where present.contains(sector) {
            let label = SVGText.shortened(NetworkDiagram.sectorLabel(sector), to: Self.sectorNameLength)
            let entryWidth = Self.swatchSize + 6 + Double(label.count) * Self.characterWidth + 20
            if x > Self.sidePadding, x + entryWidth > width - Self.sidePadding {
                x = Self.sidePadding
                y += Self.rowHeight
            }
            entries.append(Entry(label: label, colour: palette.colour(forSector: sector), x: x, y: y))
            x += entryWidth
        }
        self.entries = entries
        note =
            "Larger circles have more ties." + (showsTies ? " Arrows show each tie's direction." : "")
        noteY = y + Self.rowHeight + Self.fontSize
        height = noteY - top + 8
    }

    func svg() -> String {
        var legend =
            "<g class=\"legend\" font-size=\"\(SVGNumber.format(Self.fontSize))\" "
            + "fill=\"\(NetworkPalette.ink)\">\n"
        for entry in entries {
            legend +=
                "<rect x=\"\(SVGNumber.format(entry.x))\" y=\"\(SVGNumber.format(entry.y))\" "
                + "width=\"\(SVGNumber.format(Self.swatchSize))\" height=\"\(SVGNumber.format(Self.swatchSize))\" "
                + "fill=\"\(entry.colour)\"/>"
            legend +=
                "<text x=\"\(SVGNumber.format(entry.x + Self.swatchSize + 6))\" "
                + "y=\"\(SVGNumber.format(entry.y + Self.swatchSize - 2))\">\(SVGText.escape(entry.label))</text>\n"
        }
        legend +=
            "<text x=\"\(SVGNumber.format(Self.sidePadding))\" y=\"\(SVGNumber.format(noteY))\">"
            + "\(SVGText.escape(note))</text>\n"
        return legend + "</g>\n"
    }
}
