public import ThreadlineCore

/// One thing that happened on a place's journey: drawn as a marker on a ``JourneyInfographic`` and listed in its
/// text alternative.
public struct JourneyMilestone: Sendable, Hashable {
    /// When it happened, as precisely as it is known.
    public var date: PartialDate
    /// What happened, in a few words ("Community board formed").
    public var title: String
    /// What sort of milestone it is: governance, partnership, community, investment, …
    public var kind: String
    /// The enablers it is linked to, by their 1-based numbers; empty when none.
    public var enablerNumbers: [Int]

    /// Creates a milestone.
    public init(date: PartialDate, title: String, kind: String, enablerNumbers: [Int] = []) {
        self.date = date
        self.title = title
        self.kind = kind
        self.enablerNumbers = enablerNumbers
    }
}
