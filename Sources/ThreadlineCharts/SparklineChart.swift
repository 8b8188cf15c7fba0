import ThreadlineCore

/// Draws one indicator's values over consecutive periods as a small inline SVG line, to sit beside the figures
/// in a table or sentence.
///
/// The drawing carries `role="img"`, a `<title>` (the caller's, such as "Partners engaged, Bolton") and a `<desc>`
/// holding ``description(of:unit:)``, the sentence the page should also show beside the chart, so the trend is
/// never available only as a picture. A missing value leaves a gap rather than a drop to zero, which would read as
/// "none"; a value with no known neighbour is drawn as a small dot. The last value gets a larger dot, and the
/// highest and lowest values a ring round them. A flat series is drawn along the middle, and a series without figures
/// draws nothing but still says so. The output depends only on the input.
public struct SparklineChart: Sendable {
    /// The width in CSS pixels, 16…2000 (constant, so the limits set by ``init(width:height:)`` always hold).
    public let width: Int
    /// The height in CSS pixels, 8…500.
    public let height: Int

    /// The line colour, 6.6:1 against white (WCAG 2.x asks 3:1 for graphics; checked in the tests). The same
    /// blue as the first series of the other charts.
    static let colour = "#1f5f99"
    /// Room around the plot so the rings (radius 3.5, stroke 1) at the edges are not clipped.
    static let padding = 4.0

    /// Creates a chart of the given size, held within 16…2000 by 8…500 pixels.
    public init(width: Int = 120, height: Int = 32) {
        self.width = min(max(width, 16), 2000)
        self.height = min(max(height, 8), 500)
    }

    /// The SVG markup.
    ///
    /// - Parameters:
    ///   - points: The values in period order, one per period, missing ones included so gaps fall in place.
    ///   - title: The chart's accessible name, such as "Partners engaged, Bolton".
    ///   - unit: The values' unit ("people"), used in the description; empty for none.
    ///   - idPrefix: Starts the ids of the `<title>` and `<desc>`; characters other than ASCII letters, digits,
    ///     `-` and `_` are dropped, and an `s` is put in front if what is left does not start with a letter.
    ///     Give each chart on a page its own.
    public func svg(points: [SparklinePoint], title: String, unit: String, idPrefix: String) -> String {
        let prefix = SVGText.identifier(idPrefix, startingWith: "s")
        let summary = Self.description(of: points, unit: unit)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="sparkline" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(prefix)-title \(prefix)-desc">
            <title id="\(prefix)-title">\(SVGText.escape(title))</title>
            <desc id="\(prefix)-desc">\(SVGText.escape(summary))</desc>

            """
        let positions = self.positions(of: points)
        let known = positions.indices.filter { positions[$0] != nil }
        guard let last = known.last else { return svg + "</svg>" }
        for run in Self.runs(of: positions) {
            if run.count == 1, run[0] != last, let point = positions[run[0]] {
                svg += Self.circle(point, radius: 1.5, "fill=\"\(Self.colour)\"", role: "point")
            } else if run.count > 1 {
                let list = run.compactMap { positions[$0] }.map { "\(Self.number($0.x)),\(Self.number($0.y))" }
                svg += """
                    <polyline points="\(list.joined(separator: " "))" fill="none" stroke="\(Self.colour)" \
                    stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>

                    """
            }
        }
        if let point = positions[last] {
            svg += Self.circle(point, radius: 2, "fill=\"\(Self.colour)\"", role: "last")
        }
        let values = known.compactMap { points[$0].value }
        if let high = values.max(), let low = values.min(), high > low {
            // Rings go round the dots rather than over them, so a last value that is also the highest shows both.
            // The first of equal values is marked, matching the period the description names.
            let ring = "fill=\"none\" stroke=\"\(Self.colour)\" stroke-width=\"1\""
            if let index = known.first(where: { points[$0].value == high }), let point = positions[index] {
                svg += Self.circle(point, radius: 3.5, ring, role: "high")
            }
            if let index = known.first(where: { points[$0].value == low }), let point = positions[index] {
                svg += Self.circle(point, radius: 3.5, ring, role: "low")
            }
        }
        return svg + "</svg>"
    }

    /// Where each point falls, or `nil` for a missing or non-finite value.
    func positions(of points: [SparklinePoint]) -> [(x: Double, y: Double)?] {
        let values = points.compactMap { $0.value.flatMap { $0.isFinite ? $0 : nil } }
        guard let high = values.max(), let low = values.min() else { return points.map { _ in nil } }
        let left = Self.padding
        let plotWidth = Double(width) - 2 * Self.padding
        let plotHeight = Double(height) - 2 * Self.padding
        let step = points.count > 1 ? plotWidth / Double(points.count - 1) : 0
        return points.enumerated().map { index, point in
            guard let value = point.value, value.isFinite else { return nil }
            let x = points.count > 1 ? left + Double(index) * step : Double(width) / 2
            // Equal values have no scale; they sit on the middle line rather than at the top or bottom edge.
            let y =
                high > low
                ? Self.padding + (high - value) / (high - low) * plotHeight : Double(height) / 2
            return (x, y)
        }
    }

    /// The runs of consecutive indices with a position, in order.
    static func runs(of positions: [(x: Double, y: Double)?]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, position) in positions.enumerated() {
            if position != nil {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static func circle(_ point: (x: Double, y: Double), radius: Double, _ paint: String, role: String)
        -> String
    {
        "<circle class=\"sparkline-\(role)\" cx=\"\(number(point.x))\" cy=\"\(number(point.y))\" "
            + "r=\"\(number(radius))\" \(paint)/>\n"
    }

    /// A coordinate to two decimals at most, without needless zeros ("3", "40.5", "12.67").
    static func number(_ value: Double) -> String {
        MeasureNumberText.exact((value * 100).rounded() / 100)
    }
}
