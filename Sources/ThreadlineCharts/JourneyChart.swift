public import ThreadlineCore

/// Draws a place's journey as an SVG timeline: one marker per milestone, in date order, each labelled
/// with its date as written ("July 2022") and a short title.
///
/// The SVG is a picture of the list beside it, not a replacement: it carries `role="img"`, a `<title>` and
/// a `<desc>` summarising the milestones, and the page keeps the full list as text.
public struct JourneyChart: Sendable {
    /// One point on the journey.
    public struct Point: Sendable, Hashable {
        /// When.
        public var date: PartialDate
        /// What happened.
        public var title: String

        /// Creates a point.
        public init(date: PartialDate, title: String) {
            self.date = date
            self.title = title
        }
    }

    /// The drawing's width in SVG user units (it scales to its container).
    public var width = 800
    /// The longest title label drawn before it is shortened with "…".
    public var maximumLabelLength = 24

    /// Creates a chart with the default size.
    public init() {}

    /// The SVG markup for `points` (sorted by date here), or `nil` when there is nothing to draw.
    public func svg(title: String, points: [Point]) -> String? {
        guard !points.isEmpty else { return nil }
        let sorted = points.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
        let height = 200
        let axisY = 100
        let margin = 110
        let step = sorted.count > 1 ? Double(width - 2 * margin) / Double(sorted.count - 1) : 0
        let summary = sorted.map { "\($0.date.displayText): \($0.title)" }.joined(separator: "; ")
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="journey-chart" viewBox="0 0 \(width) \(height)" \
            role="img" aria-labelledby="journey-chart-title journey-chart-desc">
            <title id="journey-chart-title">\(Self.escape(title))</title>
            <desc id="journey-chart-desc">\(Self.escape(summary))</desc>
            <line x1="\(margin - 30)" y1="\(axisY)" x2="\(width - margin + 30)" y2="\(axisY)" stroke="#0b5394" stroke-width="4"/>

            """
        for (index, point) in sorted.enumerated() {
            let x = sorted.count > 1 ? Int((Double(margin) + step * Double(index)).rounded()) : width / 2
            // Labels alternate above and below the line so neighbours do not collide.
            let above = index % 2 == 0
            let dateY = above ? axisY - 42 : axisY + 34
            let titleY = above ? axisY - 22 : axisY + 54
            svg += """
                <g>
                <circle cx="\(x)" cy="\(axisY)" r="9" fill="#ffffff" stroke="#0b5394" stroke-width="4"/>
                <text x="\(x)" y="\(dateY)" text-anchor="middle" font-size="15" font-weight="700" fill="#1b1f24">\
                \(Self.escape(point.date.displayText))</text>
                <text x="\(x)" y="\(titleY)" text-anchor="middle" font-size="13" fill="#1b1f24">\
                \(Self.escape(shortened(point.title)))</text>
                </g>

                """
        }
        svg += "</svg>"
        return svg
    }

    func shortened(_ text: String) -> String {
        guard text.count > maximumLabelLength else { return text }
        return text.prefix(maximumLabelLength - 1).trimmingTrailingSpaces() + "…"
    }

    /// Escapes text for XML (see `SVGText`).
    static func escape(_ text: String) -> String { SVGText.escape(text) }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = String(self)
        while text.last == " " { text.removeLast() }
        return text
    }
}
