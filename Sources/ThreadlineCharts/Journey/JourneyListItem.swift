public import ThreadlineCore

/// One row of the list a page shows beside (or instead of) the infographic: everything the drawing says about a
/// milestone, as plain values, in drawing order.
public struct JourneyListItem: Sendable, Hashable {
    /// When it happened.
    public var date: PartialDate
    /// The date as a person writes it ("14 July 2022").
    public var dateText: String
    /// What happened.
    public var title: String
    /// What sort of milestone it is.
    public var kind: String
    /// The linked enablers' numbers, ascending and without repeats.
    public var enablerNumbers: [Int]
    /// The linked enablers' names, in the order of ``enablerNumbers``; "Enabler 4" when no style names it.
    public var enablerNames: [String]
    /// The era the milestone falls in, or `nil` when it falls in none. Where eras overlap it is the one that started
    /// last.
    public var eraTitle: String?

    /// Creates a list item.
    public init(
        date: PartialDate, dateText: String, title: String, kind: String, enablerNumbers: [Int],
        enablerNames: [String], eraTitle: String?
    ) {
        self.date = date
        self.dateText = dateText
        self.title = title
        self.kind = kind
        self.enablerNumbers = enablerNumbers
        self.enablerNames = enablerNames
        self.eraTitle = eraTitle
    }
}
