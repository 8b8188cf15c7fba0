import Foundation
import ThreadlineCore

/// A `maturity_surveys` row.
struct MaturitySurveyRow: Codable, Sendable {
    var id: String
    var place_id: String
    var year: Int
    var closes_on: String?
    /// 0 or 1: the portable spelling of a boolean for SQLite and PostgreSQL alike.
    var allows_repeat: Int
    var created_at: Double
    var created_by: String?

    init(_ survey: MaturitySurvey) {
        id = survey.id.description
        place_id = survey.placeID.description
        year = survey.year
        closes_on = survey.closesOn?.description
        allows_repeat = survey.allowsRepeatAnswers ? 1 : 0
        created_at = survey.createdAt.timeIntervalSince1970
        created_by = survey.createdBy?.description
    }

    var survey: MaturitySurvey? {
        guard let id = MaturitySurvey.ID(id), let place = Place.ID(place_id) else { return nil }
        return MaturitySurvey(
            id: id, placeID: place, year: year, closesOn: closes_on.flatMap(PartialDate.init),
            allowsRepeatAnswers: allows_repeat != 0, createdAt: Date(timeIntervalSince1970: created_at),
            createdBy: created_by.flatMap(User.ID.init))
    }
}

/// A `maturity_links` row; the secret itself is never stored.
struct MaturityLinkRow: Codable, Sendable {
    var token_hash: String
    var survey_id: String
    var created_at: Double
    var used_at: Double?
    var uses: Int
}

/// A `maturity_responses` row.
struct MaturityResponseRow: Codable, Sendable {
    var id: String
    var survey_id: String
    var role: String
    var origin: String
    var submitted_at: Double
    /// The SHA-256 of an imported respondent's label in its file; `nil` for answers given through a link.
    var respondent_hash: String?

    init(_ response: MaturityResponse, respondent: String? = nil) {
        respondent_hash = respondent.map { SecretToken.hash($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        id = response.id.description
        survey_id = response.surveyID.description
        role = response.role.trimmingCharacters(in: .whitespacesAndNewlines)
        origin = response.origin.rawValue
        submitted_at = response.submittedAt.timeIntervalSince1970
    }
}

/// A `maturity_answers` row.
struct MaturityAnswerRow: Codable, Sendable {
    var response_id: String
    var enabler_id: String
    var level: Int?
    var comment: String

    init(_ answer: MaturityAnswer, of response: MaturityResponse.ID) {
        response_id = response.description
        enabler_id = answer.enablerID.description
        level = answer.level
        comment = answer.comment.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
