public import Foundation
public import ThreadlineCore

/// The yearly maturity survey: the programme's scale, each place's surveys and their links, and the answers.
///
/// Links are secrets handed to respondents; only their SHA-256 is stored (see `SecretToken`), so the database
/// alone cannot be used to answer a survey.
public protocol MaturityRepository: Sendable {
    /// The programme's scale; ``MaturityScale/standard`` until one is saved.
    func scale() async throws -> MaturityScale

    /// Replaces the scale. Refused (`StoreError.conflict`) when it has problems, or when stored answers use a
    /// level it no longer has.
    func saveScale(_ scale: MaturityScale) async throws

    /// Every survey, newest year first, then by place name.
    func surveys() async throws -> [MaturitySurvey]

    /// One survey.
    func survey(_ id: MaturitySurvey.ID) async throws -> MaturitySurvey?

    /// Stores a new survey. Refused (`StoreError.conflict`) when its place does not exist, its year is out of range
    /// or the place already has a survey that year.
    func createSurvey(_ survey: MaturitySurvey) async throws

    /// Makes `count` new links to `survey` and returns their secrets, which are not stored and cannot be shown again.
    func makeLinks(for survey: MaturitySurvey.ID, count: Int, now: Date) async throws -> [String]

    /// Withdraws every link to `survey` (a link sent to the wrong person, a survey to end early); answers already
    /// given are kept. Returns how many links were withdrawn.
    func withdrawLinks(of survey: MaturitySurvey.ID) async throws -> Int

    /// How many links a survey has and how many have been used.
    func linkCounts(of survey: MaturitySurvey.ID) async throws -> (links: Int, used: Int)

    /// The survey a link secret opens, and whether the link has been used; `nil` for an unknown link.
    func survey(forLink secret: String) async throws -> (survey: MaturitySurvey, used: Bool)?

    /// Stores a respondent's answers given through a link, checking in the same transaction that the link exists,
    /// its survey is open on `now`, and it has not been used (unless the survey allows repeat answers), and
    /// marking it used. Throws ``MaturityLinkError``; a refused response stores nothing.
    func recordResponse(_ response: MaturityResponse, link secret: String, now: Date) async throws

    /// Every response to a survey, oldest first, with its answers in enabler order.
    func responses(of survey: MaturitySurvey.ID) async throws -> [MaturityResponse]

    /// Stores responses collected elsewhere, making the surveys they need, all in one transaction: all of them or,
    /// on any problem, none.
    func importResponses(_ plan: MaturityImportPlan) async throws -> MaturityImportResult

    /// How many answers were "don't know", keyed `"placeID enablerID year"`: kept out of every median, but a reader
    /// should see how many there were.
    func dontKnowCounts() async throws -> [String: Int]

    /// Every answer that chose a level, as ratings keyed by place and enabler ID (their `description`), for the
    /// results; "don't know" answers are left out.
    func ratings() async throws -> [MaturityRating]
}
