/// The workspace's maturity survey page: the surveys, a form to make one, and the ways in to the rest.
public struct MaturityOverviewViewModel: PageModel {
    public static let template = Template.workspaceMaturity

    public var canManage: Bool
    public var csrfToken: String
    public var surveys: [MaturitySurveyRowView]
    public var hasSurveys: Bool
    public var placeOptions: [OptionView]
    public var year: String
    public var closesOn: String
    public var allowsRepeat: Bool
    public var problems: [ProblemLinkView]
    public var hasProblems: Bool
    public var notice: String?
    public var scaleText: String

    /// Creates the value from each of its fields.
    public init(
        canManage: Bool,
        csrfToken: String,
        surveys: [MaturitySurveyRowView],
        hasSurveys: Bool,
        placeOptions: [OptionView],
        year: String,
        closesOn: String,
        allowsRepeat: Bool,
        problems: [ProblemLinkView],
        hasProblems: Bool,
        notice: String? = nil,
        scaleText: String
    ) {
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.surveys = surveys
        self.hasSurveys = hasSurveys
        self.placeOptions = placeOptions
        self.year = year
        self.closesOn = closesOn
        self.allowsRepeat = allowsRepeat
        self.problems = problems
        self.hasProblems = hasProblems
        self.notice = notice
        self.scaleText = scaleText
    }
}

/// One survey in the list.
public struct MaturitySurveyRowView {
    public var placeName: String
    public var year: Int
    public var closesText: String
    public var repeatText: String
    public var linksText: String
    public var responsesText: String
    public var url: String

    /// Creates the value from each of its fields.
    public init(
        placeName: String,
        year: Int,
        closesText: String,
        repeatText: String,
        linksText: String,
        responsesText: String,
        url: String
    ) {
        self.placeName = placeName
        self.year = year
        self.closesText = closesText
        self.repeatText = repeatText
        self.linksText = linksText
        self.responsesText = responsesText
        self.url = url
    }
}
