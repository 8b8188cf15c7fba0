/// The network survey form a member's respondent fills in: one fieldset per other member.
struct NetworkSurveyFormViewModel {
    var heading: String
    var waveName: String
    var memberName: String
    var closesText: String?
    var action: String
    var csrfToken: String
    var partners: [NetworkSurveyPartnerView]
    var problems: [ProblemLinkView]
    var hasProblems: Bool
    var frequencyHelp: String
    var ratingHelp: String
}

/// The questions about one other member.
struct NetworkSurveyPartnerView {
    var fieldsetID: String
    var legend: String
    var sectorText: String?
    var connectedName: String
    var yesID: String
    var noID: String
    var isYes: Bool
    var isNo: Bool
    var questions: [NetworkSurveyQuestionView]
    var detailsID: String
    var hasError: Bool
    var errorText: String
    var errorID: String
}

/// One 1–4 question about a partner, asked with a select so that a long list of partners stays short on a phone.
struct NetworkSurveyQuestionView {
    var id: String
    var name: String
    var label: String
    var partnerName: String
    var options: [OptionView]
    var hasQuestionError: Bool
    var questionErrorText: String
    var questionErrorID: String
}
