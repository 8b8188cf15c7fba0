/// One period's value in a ``SparklineChart``.
public struct SparklinePoint: Sendable, Equatable {
    /// The period, as people should read it ("2024 H1").
    public var label: String
    /// The figure, or `nil` when none was reported; a missing (or non-finite) value leaves a gap in the line.
    public var value: Double?

    /// Creates a point.
    public init(label: String, value: Double?) {
        self.label = label
        self.value = value
    }
}
