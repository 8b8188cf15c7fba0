/// How the median answer for one place and enabler moved between two survey years, with the number of answers
/// behind each median so a reader can tell a real shift from a change of respondents.
public struct MaturityChange: Hashable, Sendable, Codable {
    /// The place's key.
    public var placeKey: String
    /// The enabler's key.
    public var enablerKey: String
    /// The earlier year compared.
    public var fromYear: Int
    /// The later year compared.
    public var toYear: Int
    /// The median in `fromYear`, or `nil` when nobody answered that year.
    public var fromMedian: Double?
    /// The median in `toYear`, or `nil` when nobody answered that year.
    public var toMedian: Double?
    /// The number of answers in `fromYear` (0 when none).
    public var fromN: Int
    /// The number of answers in `toYear` (0 when none).
    public var toN: Int

    /// Creates a change.
    public init(
        placeKey: String, enablerKey: String, fromYear: Int, toYear: Int, fromMedian: Double?,
        toMedian: Double?,
        fromN: Int, toN: Int
    ) {
        self.placeKey = placeKey
        self.enablerKey = enablerKey
        self.fromYear = fromYear
        self.toYear = toYear
        self.fromMedian = fromMedian
        self.toMedian = toMedian
        self.fromN = fromN
        self.toN = toN
    }

    /// `toMedian − fromMedian`, or `nil` when either year has no answers: a missing year is not a change of 0.
    public var medianDifference: Double? {
        guard let fromMedian, let toMedian else { return nil }
        return toMedian - fromMedian
    }
}
