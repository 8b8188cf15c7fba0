public import ThreadlineCore

/// A named stretch of a journey ("Pilot phase"), drawn as a band behind the milestones it spans.
///
/// The start counts from the beginning of its year, month or day and the end to the end of its year, month or day,
/// so an era from 2018 to 2019 covers both whole years.
public struct JourneyEra: Sendable, Hashable {
    /// The era's name.
    public var title: String
    /// When it began.
    public var start: PartialDate
    /// When it ended, or `nil` while it is still going on.
    public var end: PartialDate?

    /// Creates an era.
    public init(title: String, start: PartialDate, end: PartialDate? = nil) {
        self.title = title
        self.start = start
        self.end = end
    }
}
