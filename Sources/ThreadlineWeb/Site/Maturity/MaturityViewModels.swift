// View models of the maturity survey pages (see PublicViewModels.swift for why every value is stored).

/// A problem in an error summary, linking to the field at fault.
struct ProblemLinkView {
    var message: String
    var fieldID: String
}

/// The respondent's form.
struct SurveyFormViewModel {
    var heading: String
    var placeName: String
    var year: Int
    var closesText: String?
    var action: String
    var csrfToken: String
    var role: String
    var roleError: String?
    var enablers: [SurveyEnablerView]
    var problems: [ProblemLinkView]
    var hasProblems: Bool
}

/// One enabler's question on the respondent's form.
struct SurveyEnablerView {
    var fieldsetID: String
    var legend: String
    var summary: String?
    var inputName: String
    var choices: [SurveyChoiceView]
    var commentName: String
    var commentID: String
    var comment: String
    var error: String?
    var errorID: String
}

/// One radio button.
struct SurveyChoiceView {
    var id: String
    var value: String
    var label: String
    var isChecked: Bool
}

/// The thank-you page and every refusal a respondent may meet.
struct SurveyMessageViewModel {
    var heading: String
    var message: String
}

/// The workspace's maturity survey page: the surveys, a form to make one, and the ways in to the rest.
struct MaturityOverviewViewModel {
    var canManage: Bool
    var csrfToken: String
    var surveys: [MaturitySurveyRowView]
    var hasSurveys: Bool
    var placeOptions: [OptionView]
    var year: String
    var closesOn: String
    var allowsRepeat: Bool
    var problems: [ProblemLinkView]
    var hasProblems: Bool
    var notice: String?
    var scaleText: String
}

/// One survey in the list.
struct MaturitySurveyRowView {
    var placeName: String
    var year: Int
    var closesText: String
    var repeatText: String
    var linksText: String
    var responsesText: String
    var url: String
}

/// One survey's page, with its links made just now (shown once).
struct MaturitySurveyViewModel {
    var heading: String
    var canManage: Bool
    var csrfToken: String
    var action: String
    var closesText: String
    var repeatText: String
    var linksText: String
    var responsesText: String
    var newLinks: [String]
    var hasNewLinks: Bool
    var count: String
    var problems: [ProblemLinkView]
    var hasProblems: Bool
    var withdrawAction = ""
    var notice: String?
}

/// The scale editor.
struct MaturityScaleViewModel {
    var canManage: Bool
    var csrfToken: String
    var lowest: Int
    var levels: [MaturityScaleLevelView]
    var canRemove: Bool
    var problems: [ProblemLinkView]
    var hasProblems: Bool
    var notice: String?
}

/// One level in the scale editor.
struct MaturityScaleLevelView {
    var value: Int
    var descriptor: String
    var fieldID: String
    var error: String?
}

/// The CSV import page.
struct MaturityImportViewModel {
    var canManage: Bool
    var csrfToken: String
    var csv: String
    var problems: [String]
    var hasProblems: Bool
    var notice: String?
    var header: String
    var scaleText: String
}

/// The results of one year across places.
struct MaturityResultsViewModel {
    var year: Int?
    var yearOptions: [OptionView]
    var hasData: Bool
    var heatmapSVG: String?
    var tableCaption: String
    var enablerHeaders: [String]
    var rows: [MaturityResultRowView]
    var fromOptions: [OptionView]
    var toOptions: [OptionView]
    var changeCaption: String
    var changeRows: [MaturityChangeRowView]
    var hasChange: Bool
    var scaleText: String
}

/// A place's row in the results table.
struct MaturityResultRowView {
    var placeName: String
    var placeURL: String
    var cells: [MaturityResultCellView]
}

/// One cell of a results table.
struct MaturityResultCellView {
    var text: String
    var histogram: String?
}

/// One place × enabler in the change table.
struct MaturityChangeRowView {
    var placeName: String
    var enablerName: String
    var fromText: String
    var toText: String
    var changeText: String
}

/// One place's results over the years.
struct MaturityPlaceViewModel {
    var placeName: String
    var year: Int?
    var yearOptions: [OptionView]
    var action: String
    var radarSVG: String?
    var radarNote: String?
    var tableCaption: String
    var yearHeaders: [String]
    var rows: [MaturityPlaceRowView]
    var hasData: Bool
    var scaleText: String
}

/// An enabler's row in a place's table, one cell per year.
struct MaturityPlaceRowView {
    var enablerName: String
    var cells: [MaturityResultCellView]
}
