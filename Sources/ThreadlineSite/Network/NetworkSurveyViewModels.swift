/// The network survey form a member's respondent fills in: one fieldset per other member.
public struct NetworkSurveyFormViewModel: PageModel {
    public static let template = Template.networkSurveyForm

    public var heading: String
    public var waveName: String
    public var memberName: String
    public var closesText: String?
    public var action: String
    public var csrfToken: String
    public var partners: [NetworkSurveyPartnerView]
    public var problems: [ProblemLinkView]
    public var hasProblems: Bool
    public var frequencyHelp: String
    public var ratingHelp: String

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        waveName: String,
        memberName: String,
        closesText: String? = nil,
        action: String,
        csrfToken: String,
        partners: [NetworkSurveyPartnerView],
        problems: [ProblemLinkView],
        hasProblems: Bool,
        frequencyHelp: String,
        ratingHelp: String
    ) {
        self.heading = heading
        self.waveName = waveName
        self.memberName = memberName
        self.closesText = closesText
        self.action = action
        self.csrfToken = csrfToken
        self.partners = partners
        self.problems = problems
        self.hasProblems = hasProblems
        self.frequencyHelp = frequencyHelp
        self.ratingHelp = ratingHelp
    }
}

/// The questions about one other member.
public struct NetworkSurveyPartnerView {
    public var fieldsetID: String
    public var legend: String
    public var sectorText: String?
    public var connectedName: String
    public var yesID: String
    public var noID: String
    public var isYes: Bool
    public var isNo: Bool
    public var questions: [NetworkSurveyQuestionView]
    public var detailsID: String
    public var hasError: Bool
    public var errorText: String
    public var errorID: String

    /// Creates the value from each of its fields.
    public init(
        fieldsetID: String,
        legend: String,
        sectorText: String? = nil,
        connectedName: String,
        yesID: String,
        noID: String,
        isYes: Bool,
        isNo: Bool,
        questions: [NetworkSurveyQuestionView],
        detailsID: String,
        hasError: Bool,
        errorText: String,
        errorID: String
    ) {
        self.fieldsetID = fieldsetID
        self.legend = legend
        self.sectorText = sectorText
        self.connectedName = connectedName
        self.yesID = yesID
        self.noID = noID
        self.isYes = isYes
        self.isNo = isNo
        self.questions = questions
        self.detailsID = detailsID
        self.hasError = hasError
        self.errorText = errorText
        self.errorID = errorID
    }
}

/// One 1–4 question about a partner, asked with a select so that a long list of partners stays short on a phone.
public struct NetworkSurveyQuestionView {
    public var id: String
    public var name: String
    public var label: String
    public var partnerName: String
    public var options: [OptionView]
    public var hasQuestionError: Bool
    public var questionErrorText: String
    public var questionErrorID: String

    /// Creates the value from each of its fields.
    public init(
        id: String,
        name: String,
        label: String,
        partnerName: String,
        options: [OptionView],
        hasQuestionError: Bool,
        questionErrorText: String,
        questionErrorID: String
    ) {
        self.id = id
        self.name = name
        self.label = label
        self.partnerName = partnerName
        self.options = options
        self.hasQuestionError = hasQuestionError
        self.questionErrorText = questionErrorText
        self.questionErrorID = questionErrorID
    }
}
