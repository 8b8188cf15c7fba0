public import Foundation
public import ThreadlineCore

/// Checked responses from a file, ready to store: each names its place and year, and the store makes a survey for
/// any place and year that has none.
public struct MaturityImportPlan: Sendable {
    /// One imported response.
    public struct Entry: Sendable, Hashable {
        /// The place answered about.
        public var placeID: Place.ID
        /// The survey year.
        public var year: Int
        /// The response; its `surveyID` is replaced by the survey of `placeID` and `year`.
        public var response: MaturityResponse
        /// The respondent's label in the file: one respondent answers a survey once.
        public var respondent: String?
        /// The line of the response's first row, to name it in a refusal.
        public var line: Int

        /// Creates an entry.
        public init(
            placeID: Place.ID, year: Int, response: MaturityResponse, respondent: String? = nil, line: Int = 0
        ) {
            self.placeID = placeID
            self.year = year
            self.response = response
            self.respondent = respondent
            self.line = line
        }
    }

    /// The responses, in file order.
    public var entries: [Entry]
    /// When the import ran, for the surveys it makes.
    public var now: Date
    /// Who ran it.
    public var userID: User.ID?
    /// Makes the ID of the new survey of a place and year.
    public var newSurveyID: @Sendable (Place.ID, Int) -> MaturitySurvey.ID

    /// Creates a plan.
    public init(
        entries: [Entry], now: Date, userID: User.ID?,
        newSurveyID: @escaping @Sendable (Place.ID, Int) -> MaturitySurvey.ID
    ) {
        self.entries = entries
        self.now = now
        self.userID = userID
        self.newSurveyID = newSurveyID
    }
}
