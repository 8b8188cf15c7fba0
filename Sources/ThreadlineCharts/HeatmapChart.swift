/// Draws a table of counts as an SVG heatmap: one cell per row and column, shaded from light (few) to dark (many)
/// in one hue, with the count written in every cell so colour never carries the meaning alone.
///
/// Like the other charts, the SVG is a picture of a table the page also shows as text: it carries `role="img"`, a
/// `<title>` and a `<desc>` naming the largest cells, and every cell and label has a `<title>` with its full text.
/// Ids start with the given prefix so several charts can share a page.
public struct HeatmapChart: Sendable {
    /// The width of one cell in SVG user units.
    public var cellWidth = 56
    /// The height of one cell.
    public var cellHeight = 32
    /// The room left of the grid for row labels.
    public var rowLabelWidth = 200
    /// The room above the grid for the (rotated) column labels.
    public var columnLabelHeight = 120
    /// The longest row label drawn before it is shortened with "…".
    public var maximumRowLabelLength = 28
    /// The longest column label drawn before it is shortened with "…".
    public var maximumColumnLabelLength = 18
    /// What one count is, for one ("coding").
    public var singularNoun = "coding"
    /// What one count is, for several ("codings").
    public var pluralNoun = "codings"

    /// The five shades, lightest first, each with the text colour that keeps at least 4.5:1 contrast on it (WCAG 2.x
    /// relative luminance; checked in the tests).
    static let palette: [(fill: String, text: String)] = [
        ("#f1f6fb", "#1b1f24"),
        ("#c9ddf0", "#1b1f24"),
        ("#8fb8de", "#1b1f24"),
        ("#2f6fad", "#ffffff"),
        ("#123f6e", "#ffffff"),
    ]

    /// Creates a chart with the default sizes.
    public init() {}

    /// The SVG markup, or `nil` when there is nothing to draw (no rows or no columns) or `values` does not have one
    /// row per row label and one entry per column label. Negative counts are drawn as written but shaded as 0.
    ///
    /// - Parameters:
    ///   - title: The chart's accessible name.
    ///   - rowLabels: The rows' labels, top to bottom.
    ///   - columnLabels: The columns' labels, left to right.
    ///   - values: `values[row][column]`.
    ///   - idPrefix: Starts every id in the drawing; characters other than ASCII letters, digits, `-` and `_` are
    ///     dropped, and an `h` is put in front if what is left does not start with a letter.
    public func svg(
        title: String, rowLabels: [String], columnLabels: [String], values: [[Int]], idPrefix: String
    )
        -> String?
    {
        guard !rowLabels.isEmpty, !columnLabels.isEmpty, values.count == rowLabels.count,
            values.allSatisfy({ $0.count == columnLabels.count })
        else { return nil }
        let prefix = Self.identifier(idPrefix)
        let maximum = values.flatMap { $0 }.max() ?? 0
        let scale = HeatmapScale(maximum: maximum)
        let gridRight = rowLabelWidth + columnLabels.count * cellWidth
        let legendWidth = 140 + scale.steps.count * 96
        let width = max(gridRight + 40, legendWidth)
        let gridBottom = columnLabelHeight + rowLabels.count * cellHeight
        let height = gridBottom + 72
        let summary = describe(rowLabels: rowLabels, columnLabels: columnLabels, values: values)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="heatmap-chart" viewBox="0 0 \(width) \(height)" \
            role="img" aria-labelledby="\(prefix)-title \(prefix)-desc">
            <title id="\(prefix)-title">\(Self.escape(title))</title>
            <desc id="\(prefix)-desc">\(Self.escape(summary))</desc>
            <g class="heatmap-column-labels" font-size="13" fill="#1b1f24">

            """
        for (column, label) in columnLabels.enumerated() {
            let x = rowLabelWidth + column * cellWidth + cellWidth / 2
            let y = columnLabelHeight - 8
            // Rotated so long labels climb away from each other instead of colliding.
            svg += """
                <text x="\(x)" y="\(y)" transform="rotate(-45 \(x) \(y))"><title>\(Self.escape(label))</title>\
                \(Self.escape(Self.shortened(label, to: maximumColumnLabelLength)))</text>

                """
        }
        svg +=
            "</g>\n<g class=\"heatmap-row-labels\" font-size=\"13\" fill=\"#1b1f24\" text-anchor=\"end\">\n"
        for (row, label) in rowLabels.enumerated() {
            let y = columnLabelHeight + row * cellHeight + cellHeight / 2 + 5
            svg += """
                <text x="\(rowLabelWidth - 8)" y="\(y)"><title>\(Self.escape(label))</title>\
                \(Self.escape(Self.shortened(label, to: maximumRowLabelLength)))</text>

                """
        }
        svg += "</g>\n<g class=\"heatmap-cells\" font-size=\"13\" text-anchor=\"middle\">\n"
        for (row, rowLabel) in rowLabels.enumerated() {
            for (column, columnLabel) in columnLabels.enumerated() {
                let value = values[row][column]
                let colours = Self.palette[scale.step(for: value)]
                let x = rowLabelWidth + column * cellWidth
                let y = columnLabelHeight + row * cellHeight
                svg += """
                    <g><title>\(Self.escape(cellTitle(rowLabel, columnLabel, value)))</title>\
                    <rect x="\(x)" y="\(y)" width="\(cellWidth)" height="\(cellHeight)" fill="\(colours.fill)" \
                    stroke="#ffffff"/>\
                    <text x="\(x + cellWidth / 2)" y="\(y + cellHeight / 2 + 5)" fill="\(colours.text)">\(value)</text></g>

                    """
            }
        }
        let legendY = gridBottom + 28
        svg += """
            </g>
            <g class="heatmap-legend" font-size="13" fill="#1b1f24">
            <text x="16" y="\(legendY + 15)">Number of \(Self.escape(pluralNoun)):</text>

            """
        for (index, step) in scale.steps.enumerated() {
            let x = 140 + index * 96
            let colours = Self.palette[step.step]
            svg += """
                <rect x="\(x)" y="\(legendY)" width="20" height="20" fill="\(colours.fill)" stroke="#1b1f24"/>\
                <text x="\(x + 26)" y="\(legendY + 15)">\(step.text)</text>

                """
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// "Code X × Salford: 4 codings".
    func cellTitle(_ row: String, _ column: String, _ value: Int) -> String {
        "\(row) × \(column): \(value) \(value == 1 ? singularNoun : pluralNoun)"
    }

    /// The size of the grid and its three largest non-zero cells (ties in reading order).
    func describe(rowLabels: [String], columnLabels: [String], values: [[Int]]) -> String {
        var cells: [(value: Int, row: Int, column: Int)] = []
        for (row, counts) in values.enumerated() {
            for (column, value) in counts.enumerated() where value > 0 {
                cells.append((value, row, column))
            }
        }
        cells.sort { ($1.value, $0.row, $0.column) < ($0.value, $1.row, $1.column) }
        let size = "\(rowLabels.count) rows by \(columnLabels.count) columns."
        guard !cells.isEmpty else { return "\(size) Every cell is 0." }
        let largest = cells.prefix(3).map {
            cellTitle(rowLabels[$0.row], columnLabels[$0.column], $0.value)
        }
        return "\(size) Largest: \(largest.joined(separator: "; "))."
    }

    static func shortened(_ text: String, to length: Int) -> String { SVGText.shortened(text, to: length) }

    /// `prefix` made safe as an id (see `SVGText`).
    static func identifier(_ prefix: String) -> String { SVGText.identifier(prefix, startingWith: "h") }

    /// Escapes text for XML (see `SVGText`).
    static func escape(_ text: String) -> String { SVGText.escape(text) }
}
