public import ThreadlineCore

/// Draws maturity medians as an SVG heatmap — places down, enablers across — shaded by the median's level on the
/// scale, with the median and the number of answers written in every cell so colour never carries the meaning alone.
///
/// It is the counterpart of `HeatmapChart` (which shades counts) for values on a rating scale: the shades stand for
/// the scale's levels, not for a share of the largest value, and an empty cell says "no answers" instead of 0.
/// The SVG carries `role="img"`, a `<title>` and a `<desc>`; every cell and label has a `<title>` with its full text.
public struct MedianHeatmapChart: Sendable {
    /// The width of one cell in SVG user units.
    public var cellWidth = 72
    /// The height of one cell (two lines of text: the median, then n).
    public var cellHeight = 44
    /// The room left of the grid for row labels.
    public var rowLabelWidth = 200
    /// The room above the grid for the (rotated) column labels.
    public var columnLabelHeight = 130
    /// The longest row label drawn before it is shortened with "…".
    public var maximumRowLabelLength = 28
    /// The longest column label drawn before it is shortened with "…".
    public var maximumColumnLabelLength = 20

    /// The colour of an empty cell: white with a grey outline, so "no answers" differs from every shade in more
    /// than colour (it also says "no answers").
    static let emptyFill = "#ffffff"

    /// Creates a chart with the default sizes.
    public init() {}

    /// One cell's figures.
    public struct Cell: Hashable, Sendable {
        /// The median answer.
        public var median: Double
        /// The number of answers.
        public var n: Int

        /// Creates a cell.
        public init(median: Double, n: Int) {
            self.median = median
            self.n = n
        }
    }

    /// The SVG markup, or `nil` when there is nothing to draw (no rows, no columns, or the scale has fewer than two
    /// levels) or `cells` does not have one row per row label and one entry per column label.
    ///
    /// - Parameters:
    ///   - title: The chart's accessible name.
    ///   - rowLabels: The rows' labels (places), top to bottom.
    ///   - columnLabels: The columns' labels (enablers), left to right.
    ///   - cells: `cells[row][column]`, `nil` where nobody answered.
    ///   - scale: The levels the medians lie on, for the shades and the legend.
    ///   - idPrefix: Starts every id in the drawing (made safe as `HeatmapChart` does, with an `m` in front if needed).
    public func svg(
        title: String, rowLabels: [String], columnLabels: [String], cells: [[Cell?]], scale: MaturityScale,
        idPrefix: String
    ) -> String? {
        guard !rowLabels.isEmpty, !columnLabels.isEmpty, cells.count == rowLabels.count,
            cells.allSatisfy({ $0.count == columnLabels.count }), scale.levels.count >= 2,
            let lowest = scale.levels.first?.value, let highest = scale.levels.last?.value
        else { return nil }
        let prefix = SVGText.identifier(idPrefix, startingWith: "m")
        let gridRight = rowLabelWidth + columnLabels.count * cellWidth
        let legendRows = (scale.levels.count + 2) / 3
        let width = max(gridRight + 40, 620)
        let gridBottom = columnLabelHeight + rowLabels.count * cellHeight
        let height = gridBottom + 48 + legendRows * 26 + 12
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="heatmap-chart median-heatmap" \
            viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(prefix)-title \(prefix)-desc">
            <title id="\(prefix)-title">\(SVGText.escape(title))</title>
            <desc id="\(prefix)-desc">\(SVGText.escape(describe(rowLabels, columnLabels, cells, scale)))</desc>
            <g class="heatmap-column-labels" font-size="13" fill="#1b1f24">

            """
        for (column, label) in columnLabels.enumerated() {
            let x = rowLabelWidth + column * cellWidth + cellWidth / 2
            let y = columnLabelHeight - 8
            svg += """
                <text x="\(x)" y="\(y)" transform="rotate(-45 \(x) \(y))"><title>\(SVGText.escape(label))</title>\
                \(SVGText.escape(SVGText.shortened(label, to: maximumColumnLabelLength)))</text>

                """
        }
        svg += "</g>\n<g class=\"heatmap-row-labels\" font-size=\"13\" fill=\"#1b1f24\" text-anchor=\"end\">\n"
        for (row, label) in rowLabels.enumerated() {
            let y = columnLabelHeight + row * cellHeight + cellHeight / 2 + 5
            svg += """
                <text x="\(rowLabelWidth - 8)" y="\(y)"><title>\(SVGText.escape(label))</title>\
                \(SVGText.escape(SVGText.shortened(label, to: maximumRowLabelLength)))</text>

                """
        }
        svg += "</g>\n<g class=\"heatmap-cells\" text-anchor=\"middle\">\n"
        for (row, rowLabel) in rowLabels.enumerated() {
            for (column, columnLabel) in columnLabels.enumerated() {
                let x = rowLabelWidth + column * cellWidth
                let y = columnLabelHeight + row * cellHeight
                let cell = cells[row][column]
                let fill: String
                let ink: String
                let lines: (String, String)
                if let cell {
                    let colours = HeatmapChart.palette[shade(cell.median, lowest: lowest, highest: highest)]
                    fill = colours.fill
                    ink = colours.text
                    lines = (MaturityNumberText.text(cell.median), "n \(cell.n)")
                } else {
                    fill = Self.emptyFill
                    ink = "#1b1f24"
                    lines = ("no", "answers")
                }
                svg += """
                    <g><title>\(SVGText.escape(cellTitle(rowLabel, columnLabel, cell)))</title>\
                    <rect x="\(x)" y="\(y)" width="\(cellWidth)" height="\(cellHeight)" fill="\(fill)" \
                    stroke="\(cell == nil ? "#767676" : "#ffffff")"/>\
                    <text x="\(x + cellWidth / 2)" y="\(y + 19)" font-size="14" fill="\(ink)">\(lines.0)</text>\
                    <text x="\(x + cellWidth / 2)" y="\(y + 35)" font-size="11" fill="\(ink)">\(lines.1)</text></g>

                    """
            }
        }
        svg += """
            </g>
            <g class="heatmap-legend" font-size="13" fill="#1b1f24">
            <text x="16" y="\(gridBottom + 30)">Median level:</text>

            """
        for (index, level) in scale.levels.enumerated() {
            let x = 16 + (index % 3) * 200
            let y = gridBottom + 44 + (index / 3) * 26
            let colours = HeatmapChart.palette[
                shade(Double(level.value), lowest: lowest, highest: highest)]
            let label = SVGText.shortened("\(level.value) \(level.descriptor)", to: 24)
            svg += """
                <rect x="\(x)" y="\(y)" width="20" height="20" fill="\(colours.fill)" stroke="#1b1f24"/>\
                <text x="\(x + 26)" y="\(y + 15)">\(SVGText.escape(label))</text>

                """
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// The shade (0…4) for a median: the scale's span cut into five equal parts, lowest level lightest.
    func shade(_ median: Double, lowest: Int, highest: Int) -> Int {
        let span = Double(highest - lowest)
        guard span > 0, median.isFinite else { return 0 }
        let share = min(max((median - Double(lowest)) / span, 0), 1)
        return min(Int((share * 5).rounded(.down)), 4)
    }

    /// "Salford × Learning and adapting: median 3.5, n 4" or "…: no answers".
    func cellTitle(_ row: String, _ column: String, _ cell: Cell?) -> String {
        guard let cell else { return "\(row) × \(column): no answers" }
        return "\(row) × \(column): median \(MaturityNumberText.text(cell.median)), n \(cell.n)"
    }

    /// The size of the grid, the scale, and how many cells have answers.
    func describe(_ rows: [String], _ columns: [String], _ cells: [[Cell?]], _ scale: MaturityScale) -> String {
        let answered = cells.joined().compactMap { $0 }.count
        let first = scale.levels.first.map { "\($0.value) (\($0.descriptor))" } ?? ""
        let last = scale.levels.last.map { "\($0.value) (\($0.descriptor))" } ?? ""
        return "Median answers for \(rows.count) places by \(columns.count) system enablers, on a scale from "
            + "\(first) to \(last); darker is higher. \(answered) of \(rows.count * columns.count) cells have answers."
    }
}
