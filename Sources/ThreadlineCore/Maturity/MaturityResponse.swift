public import Foundation

/// One respondent's answers to a maturity survey: their role and one answer per enabler.
public struct MaturityResponse: Hashable, Sendable, Codable, Identifiable {
    /// The response's identifier.
    public typealias ID = EntityID<MaturityResponse>

    /// How a response reached Threadline.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// Typed into the survey form through a link.
        case form
        /// Imported from a CSV file collected elsewhere.
        case `import`
    }

    /// The response's identifier.
    public var id: ID
    /// The survey answered.
    public var surveyID: MaturitySurvey.ID
    /// The respondent's role in their own words ("Council officer"); never their name.
    public var role: String
    /// When the answers arrived.
    public var submittedAt: Date
    /// Through the form or an import.
    public var origin: Origin
    /// One answer per enabler answered.
    public var answers: [MaturityAnswer]

    /// Creates a response.
    public init(
        id: ID, surveyID: MaturitySurvey.ID, role: String, submittedAt: Date, origin: Origin,
        answers: [MaturityAnswer]
    ) {
        self.id = id
        self.surveyID = surveyID
        self.role = role
        self.submittedAt = submittedAt
        self.origin = origin
        self.answers = answers
    }

    /// The longest role kept, in characters.
    public static let maximumRoleLength = 200

    /// Every reason the response cannot be stored under `scale` with `enablers` known, naming the enabler at fault
    /// by `enablerNames` where it has one: a blank or overlong role, an enabler answered twice or unknown, a level
    /// not on the scale, an overlong comment. Empty when it may be stored.
    public func problems(scale: MaturityScale, enablerNames: [Enabler.ID: String]) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let trimmedRole = role.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmedRole.isEmpty {
            problems.append(FieldProblem(field: "role", message: "Say what your role is."))
        } else if trimmedRole.count > Self.maximumRoleLength {
            problems.append(
                FieldProblem(field: "role", message: "Keep the role to \(Self.maximumRoleLength) characters."))
        }
        var seen: Set<Enabler.ID> = []
        for answer in answers {
            let field = "enabler-\(answer.enablerID)"
            guard let name = enablerNames[answer.enablerID] else {
                problems.append(
                    FieldProblem(field: field, message: "There is no system enabler \(answer.enablerID)."))
                continue
            }
            if !seen.insert(answer.enablerID).inserted {
                problems.append(FieldProblem(field: field, message: "“\(name)” is answered more than once."))
            }
            if let level = answer.level, !scale.contains(level) {
                problems.append(
                    FieldProblem(
                        field: field,
                        message: "“\(name)”: \(level) is not on the scale (\(scale.rangeText))."))
            }
            if answer.comment.count > MaturityAnswer.maximumCommentLength {
                problems.append(
                    FieldProblem(
                        field: field,
                        message: "“\(name)”: keep the comment to \(MaturityAnswer.maximumCommentLength) characters."))
            }
        }
        return problems
    }
}
