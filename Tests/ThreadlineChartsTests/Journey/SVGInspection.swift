/// Small text probes over SVG output, enough for tests without an XML parser.
enum SVGInspection {
    /// How many times `needle` occurs in `text`.
    static func count(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Every `id="…"` value, in order.
    static func ids(in svg: String) -> [String] {
        svg.components(separatedBy: " id=\"").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }

    /// The text between the first `start` and the next `end` after it, or "" when either is missing.
    static func section(of svg: String, from start: String, to end: String) -> String {
        guard let lower = svg.range(of: start),
            let upper = svg.range(of: end, range: lower.upperBound..<svg.endIndex)
        else { return "" }
        return String(svg[lower.lowerBound..<upper.upperBound])
    }
}
