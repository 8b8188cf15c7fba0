/// The respondent's form.
public struct SurveyFormViewModel: PageModel {
    public static let template = Template.surveyForm

    public var heading: String
    public var placeName: String
    public var year: Int
    public var closesText: String?
    public var action: String
    public var csrfToken: String
    public var role: String
    public var roleError: String?
    public var enablers: [SurveyEnablerView]
    public var problems: [ProblemLinkView]
    public var hasProblems: Bool

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        placeName: String,
        year: Int,
        closesText: String? = nil,
        action: String,
        csrfToken: String,
        role: String,
        roleError: String? = nil,
        enablers: [SurveyEnablerView],
        problems: [ProblemLinkView],
        hasProblems: Bool
    ) {
        self.heading = heading
        self.placeName = placeName
        self.year = year
        self.closesText = closesText
        self.action = action
        self.csrfToken = csrfToken
        self.role = role
        self.roleError = roleError
        self.enablers = enablers
        self.problems = problems
        self.hasProblems = hasProblems
    }
}

/// One enabler's question on the respondent's form.
public struct SurveyEnablerView {
    public var fieldsetID: String
    public var legend: String
    public var summary: String?
    public var inputName: String
    public var choices: [SurveyChoiceView]
    public var commentName: String
    public var commentID: String
    public var comment: String
    public var error: String?
    public var errorID: String

    /// Creates the value from each of its fields.
    public init(
        fieldsetID: String,
        legend: String,
        summary: String? = nil,
        inputName: String,
        choices: [SurveyChoiceView],
        commentName: String,
        commentID: String,
        comment: String,
        error: String? = nil,
        errorID: String
    ) {
        self.fieldsetID = fieldsetID
        self.legend = legend
        self.summary = summary
        self.inputName = inputName
        self.choices = choices
        self.commentName = commentName
        self.commentID = commentID
        self.comment = comment
        self.error = error
        self.errorID = errorID
    }
}

/// One radio button.
public struct SurveyChoiceView {
    public var id: String
    public var value: String
    public var label: String
    public var isChecked: Bool

    /// Creates the value from each of its fields.
    public init(id: String, value: String, label: String, isChecked: Bool) {
        self.id = id
        self.value = value
        self.label = label
        self.isChecked = isChecked
    }
}
