/// One outline on a radar chart: a label ("2024") and one value per axis.
public struct RadarSeries: Hashable, Sendable {
    /// How the outline is drawn, so that colour is never the only thing telling series apart.
    public enum LineStyle: Hashable, Sendable {
        /// A continuous line with round markers (e.g. this year).
        case solid
        /// A dashed line with square markers (e.g. last year).
        case dashed
    }

    /// What the series is, as the legend and the markers' titles name it ("2024").
    public var label: String
    /// One value per axis, in axis order (medians); `nil` where there is no value.
    public var values: [Double?]
    /// Solid or dashed.
    public var style: LineStyle

    /// Creates a series.
    public init(label: String, values: [Double?], style: LineStyle) {
        self.label = label
        self.values = values
        self.style = style
    }
}
