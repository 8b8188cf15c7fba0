public import Foundation

/// One place's maturity survey in one year: respondents reach it through links, or its answers are imported.
///
/// There is at most one survey per place and year, so the results of a year never mix two questionnaires.
public struct MaturitySurvey: Hashable, Sendable, Codable, Identifiable {
    /// The survey's identifier.
    public typealias ID = EntityID<MaturitySurvey>

    /// The survey's identifier.
    public var id: ID
    /// The place the survey is about.
    public var placeID: Place.ID
    /// The survey year.
    public var year: Int
    /// The last day (UTC) on which answers are accepted through a link, or `nil` when it never closes.
    public var closesOn: PartialDate?
    /// Whether one link may be used for several answers (a link shared with a whole meeting, say).
    public var allowsRepeatAnswers: Bool
    /// When the survey was made.
    public var createdAt: Date
    /// Who made it, when a workspace user did.
    public var createdBy: User.ID?

    /// Creates a survey.
    public init(
        id: ID, placeID: Place.ID, year: Int, closesOn: PartialDate? = nil, allowsRepeatAnswers: Bool = false,
        createdAt: Date, createdBy: User.ID? = nil
    ) {
        self.id = id
        self.placeID = placeID
        self.year = year
        self.closesOn = closesOn
        self.allowsRepeatAnswers = allowsRepeatAnswers
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// The years a survey may be for: wide enough for any programme, narrow enough to catch a typing slip.
    public static let years = 1990...2200

    /// Whether the survey has closed by `now`: it closes at the end of its closing day, in UTC.
    public func isClosed(at now: Date) -> Bool {
        guard let closesOn else { return false }
        return PartialDate(dayOf: now).description > closesOn.description
    }
}
