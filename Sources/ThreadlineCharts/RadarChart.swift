import Foundation
import ThreadlineCore

/// Draws maturity medians as an SVG radar chart: one spoke per enabler, one ring per scale level (labelled with its
/// descriptor), and one outline per series — typically this year solid and last year dashed, with round and square
/// markers, so neither colour nor line style alone tells them apart.
///
/// Like the other charts, the SVG is a picture of a table the page also shows as text (see `MaturityTableModel`):
/// it carries `role="img"`, a `<title>` and a `<desc>` naming the axes, the scale and the series, and every marker
/// and axis label has a `<title>` with its full text. Ids start with the given prefix so several charts can share a
/// page. The output depends only on the input.
///
/// A missing value is not drawn as 0, which would read as "not started": the outline breaks at that spoke, leaving
/// a gap, and the `<desc>` says which values are missing. A value outside 0…`scaleMax` is drawn at the nearest
/// edge, while its marker's title gives the value itself.
public struct RadarChart: Sendable {
    /// The radius of the outermost ring in SVG user units.
    public var radius = 150
    /// The room either side of the rings for axis labels.
    public var axisLabelRoom = 150
    /// The longest axis label drawn before it is shortened with "…".
    public var maximumAxisLabelLength = 22

    /// Series colours in order, each at least 3:1 against white (WCAG 2.x non-text contrast; checked in the tests).
    static let palette = ["#1f5f99", "#b34d00", "#2e7d32", "#6a3d9a"]
    /// Rings and spokes: 4.5:1 against white, since a reader needs them to read a value off the chart.
    static let gridColour = "#767676"
    /// Text.
    static let textColour = "#1b1f24"

    /// Creates a chart with the default sizes.
    public init() {}

    /// The SVG markup, or `nil` when the input cannot make a chart: fewer than 3 axes, no series, a series without
    /// exactly one value per axis, `scaleMax` below 1, or not exactly one scale label per level.
    ///
    /// - Parameters:
    ///   - title: The chart's accessible name.
    ///   - axes: The spokes' labels (enabler names), clockwise from the top.
    ///   - series: The outlines, drawn in order (the first on the bottom) and coloured from the palette in order.
    ///   - scaleMax: The highest level; levels run 1…`scaleMax` and the centre is 0.
    ///   - scaleLabels: The levels' descriptors, `scaleLabels[0]` for level 1.
    ///   - idPrefix: Starts every id in the drawing; characters other than ASCII letters, digits, `-` and `_` are
    ///     dropped, and an `r` is put in front if what is left does not start with a letter.
    public func svg(
        title: String, axes: [String], series: [RadarSeries], scaleMax: Int, scaleLabels: [String],
        idPrefix: String
    ) -> String? {
        guard axes.count >= 3, !series.isEmpty, series.allSatisfy({ $0.values.count == axes.count }),
            scaleMax >= 1, scaleLabels.count == scaleMax
        else { return nil }
        let prefix = Self.identifier(idPrefix)
        let margin = 40
        let centreX = radius + axisLabelRoom
        let centreY = radius + margin
        let width = 2 * centreX
        let legendTop = centreY + radius + margin
        let height = legendTop + series.count * 24 + 12
        let summary = describe(axes: axes, series: series, scaleMax: scaleMax, scaleLabels: scaleLabels)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="radar-chart" viewBox="0 0 \(width) \(height)" \
            role="img" aria-labelledby="\(prefix)-title \(prefix)-desc">
            <title id="\(prefix)-title">\(Self.escape(title))</title>
            <desc id="\(prefix)-desc">\(Self.escape(summary))</desc>
            <g class="radar-grid" fill="none" stroke="\(Self.gridColour)" stroke-width="1">

            """
        for level in 1...scaleMax {
            let ringRadius = Double(radius) * Double(level) / Double(scaleMax)
            svg += """
                <circle cx="\(centreX)" cy="\(centreY)" r="\(Self.number(ringRadius))"><title>Level \(level): \
                \(Self.escape(scaleLabels[level - 1]))</title></circle>

                """
        }
        for index in axes.indices {
            let end = point(axis: index, of: axes.count, distance: Double(radius), centreX, centreY)
            svg += """
                <line x1="\(centreX)" y1="\(centreY)" x2="\(Self.number(end.x))" y2="\(Self.number(end.y))"/>

                """
        }
        // Left of the top spoke, just inside each ring, with a white halo so a line crossing them does not hide
        // them; they come before the series so the data is drawn over them, not under.
        svg += """
            </g>
            <g class="radar-scale-labels" font-size="11" fill="\(Self.textColour)" text-anchor="end" \
            stroke="#ffffff" stroke-width="3" paint-order="stroke">

            """
        for level in 1...scaleMax {
            let y = Double(centreY) - Double(radius) * Double(level) / Double(scaleMax) + 12
            svg += """
                <text x="\(centreX - 6)" y="\(Self.number(y))">\(level) \
                \(Self.escape(scaleLabels[level - 1]))</text>

                """
        }
        svg += "</g>\n<g class=\"radar-axis-labels\" font-size=\"13\" fill=\"\(Self.textColour)\">\n"
        for (index, label) in axes.enumerated() {
            svg += axisLabel(label, index: index, of: axes.count, centreX, centreY)
        }
        svg += "</g>\n"
        for (index, entry) in series.enumerated() {
            svg += outline(entry, index: index, axes: axes, scaleMax: scaleMax, centreX, centreY)
        }
        svg += "<g class=\"radar-legend\" font-size=\"13\" fill=\"\(Self.textColour)\">\n"
        for (index, entry) in series.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let y = legendTop + index * 24
            svg += """
                <line x1="16" y1="\(y)" x2="56" y2="\(y)" stroke="\(colour)" stroke-width="2.5"\
                \(Self.dash(entry.style))/>\(marker(entry.style, x: 36, y: Double(y), colour: colour))\
                <text x="64" y="\(y + 5)">\(Self.escape(entry.label))</text>

                """
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// The outline, markers and titles of one series.
    func outline(
        _ series: RadarSeries, index: Int, axes: [String], scaleMax: Int, _ centreX: Int, _ centreY: Int
    ) -> String {
        let colour = Self.palette[index % Self.palette.count]
        let points: [(x: Double, y: Double)?] = series.values.enumerated().map { axis, value in
            guard let value, value.isFinite else { return nil }
            let clamped = min(max(value, 0), Double(scaleMax))
            let distance = Double(radius) * clamped / Double(scaleMax)
            return point(axis: axis, of: axes.count, distance: distance, centreX, centreY)
        }
        var svg = "<g class=\"radar-series\">\n"
        let stroke = "stroke=\"\(colour)\" stroke-width=\"2.5\"\(Self.dash(series.style))"
        func list(_ indices: [Int]) -> String {
            indices.compactMap { points[$0] }.map { "\(Self.number($0.x)),\(Self.number($0.y))" }
                .joined(separator: " ")
        }
        if points.allSatisfy({ $0 != nil }) {
            // A faint fill helps the eye find the shape; it is too light to hide the series below.
            let all = list(Array(points.indices))
            svg += "<polygon points=\"\(all)\" fill=\"\(colour)\" fill-opacity=\"0.08\" \(stroke)/>\n"
        } else {
            for run in Self.runs(of: points.map { $0 != nil }) where run.count > 1 {
                svg += "<polyline points=\"\(list(run))\" fill=\"none\" \(stroke)/>\n"
            }
        }
        for (axis, point) in points.enumerated() {
            guard let point, let value = series.values[axis] else { continue }
            let text = "\(axes[axis]), \(series.label): median \(MaturityNumberText.text(value))"
            svg +=
                "<g><title>\(Self.escape(text))</title>\(marker(series.style, x: point.x, y: point.y, colour: colour))"
            svg += "</g>\n"
        }
        return svg + "</g>\n"
    }

    /// The axes with values, as runs of consecutive indices going round the chart (so the last axis joins the
    /// first), each broken where a value is missing. With every value present there is one run of all of them.
    static func runs(of present: [Bool]) -> [[Int]] {
        let count = present.count
        // Start just after a missing value so no run is split across the wrap-around.
        guard let gap = present.firstIndex(of: false) else { return [Array(0..<count)] }
        var runs: [[Int]] = []
        var current: [Int] = []
        for step in 1...count {
            let index = (gap + step) % count
            if present[index] {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// A round marker for solid series, a square one for dashed series.
    func marker(_ style: RadarSeries.LineStyle, x: Double, y: Double, colour: String) -> String {
        switch style {
        case .solid:
            return
                "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"4.5\" fill=\"\(colour)\"/>"
        case .dashed:
            // Centred on the point, like the circles.
            return
                "<rect x=\"\(Self.number(x - 4))\" y=\"\(Self.number(y - 4))\" width=\"8\" height=\"8\" "
                + "fill=\"\(colour)\"/>"
        }
    }

    /// One axis label beyond the end of its spoke, anchored away from the chart so it never covers the rings.
    func axisLabel(_ label: String, index: Int, of count: Int, _ centreX: Int, _ centreY: Int)
        -> String
    {
        let angle = Self.angle(axis: index, of: count)
        let position = point(axis: index, of: count, distance: Double(radius + 14), centreX, centreY)
        let horizontal = cos(angle)
        let anchor = horizontal > 0.3 ? "start" : (horizontal < -0.3 ? "end" : "middle")
        // Labels below the centre drop a line so their top, not their baseline, meets the spoke's end.
        let shift = sin(angle) > 0.3 ? 10 : (sin(angle) < -0.3 ? 0 : 4)
        let y = Self.number(position.y + Double(shift))
        return """
            <text x="\(Self.number(position.x))" y="\(y)" text-anchor="\(anchor)"><title>\(Self.escape(label))</title>\
            \(Self.escape(Self.shortened(label, to: maximumAxisLabelLength)))</text>

            """
    }

    /// The text alternative: scale, axes, series with their line style, and which values are missing.
    func describe(axes: [String], series: [RadarSeries], scaleMax: Int, scaleLabels: [String])
        -> String
    {
        var text =
            "Medians on a scale from 1 (\(scaleLabels[0])) to \(scaleMax) (\(scaleLabels[scaleMax - 1]))"
        text += " for \(axes.count) axes: \(axes.joined(separator: ", "))."
        for entry in series {
            let style =
                entry.style == .solid ? "solid line, round markers" : "dashed line, square markers"
            text += " \(entry.label): \(style)"
            let missing = entry.values.enumerated().filter { $0.element.map { !$0.isFinite } ?? true }
            if !missing.isEmpty {
                text += "; no value for " + missing.map { axes[$0.offset] }.joined(separator: ", ")
            }
            text += "."
        }
        return text
    }

    /// Clockwise from the top, in radians.
    static func angle(axis: Int, of count: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(count)
    }

    func point(axis: Int, of count: Int, distance: Double, _ centreX: Int, _ centreY: Int) -> (
        x: Double, y: Double
    ) {
        let angle = Self.angle(axis: axis, of: count)
        return (Double(centreX) + distance * cos(angle), Double(centreY) + distance * sin(angle))
    }

    /// A coordinate with one decimal at most, never "-0", so the markup is short and stable.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0
            ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    static func dash(_ style: RadarSeries.LineStyle) -> String {
        style == .dashed ? " stroke-dasharray=\"7 5\"" : ""
    }

    static func shortened(_ text: String, to length: Int) -> String { SVGText.shortened(text, to: length) }

    /// `prefix` made safe as an id (see `SVGText`).
    static func identifier(_ prefix: String) -> String { SVGText.identifier(prefix, startingWith: "r") }

    /// Escapes text for XML (see `SVGText`).
    static func escape(_ text: String) -> String { SVGText.escape(text) }
}
