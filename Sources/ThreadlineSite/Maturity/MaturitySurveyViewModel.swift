/// One survey's page, with its links made just now (shown once).
public struct MaturitySurveyViewModel: PageModel {
    public static let template = Template.workspaceMaturitySurvey

    public var heading: String
    public var canManage: Bool
    public var csrfToken: String
    public var action: String
    public var closesText: String
    public var repeatText: String
    public var linksText: String
    public var responsesText: String
    public var newLinks: [String]
    public var hasNewLinks: Bool
    public var count: String
    public var problems: [ProblemLinkView]
    public var hasProblems: Bool
    public var withdrawAction = ""
    public var notice: String?

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        canManage: Bool,
        csrfToken: String,
        action: String,
        closesText: String,
        repeatText: String,
        linksText: String,
        responsesText: String,
        newLinks: [String],
        hasNewLinks: Bool,
        count: String,
        problems: [ProblemLinkView],
        hasProblems: Bool,
        withdrawAction: String = "",
        notice: String? = nil
    ) {
        self.heading = heading
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.action = action
        self.closesText = closesText
        self.repeatText = repeatText
        self.linksText = linksText
        self.responsesText = responsesText
        self.newLinks = newLinks
        self.hasNewLinks = hasNewLinks
        self.count = count
        self.problems = problems
        self.hasProblems = hasProblems
        self.withdrawAction = withdrawAction
        self.notice = notice
    }
}
