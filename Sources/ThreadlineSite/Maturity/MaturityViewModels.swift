// View models of the maturity survey pages (see PublicViewModels.swift for why every value is stored).

/// A problem in an error summary, linking to the field at fault.
public struct ProblemLinkView {
    public var message: String
    public var fieldID: String

    /// Creates the value from each of its fields.
    public init(message: String, fieldID: String) {
        self.message = message
        self.fieldID = fieldID
    }
}

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

/// The thank-you page and every refusal a respondent may meet.
public struct SurveyMessageViewModel: PageModel {
    public static let template = Template.surveyMessage

    public var heading: String
    public var message: String

    /// Creates the value from each of its fields.
    public init(heading: String, message: String) {
        self.heading = heading
        self.message = message
    }
}

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

/// The scale editor.
public struct MaturityScaleViewModel: PageModel {
    public static let template = Template.workspaceMaturityScale

    public var canManage: Bool
    public var csrfToken: String
    public var lowest: Int
    public var levels: [MaturityScaleLevelView]
    public var canRemove: Bool
    public var problems: [ProblemLinkView]
    public var hasProblems: Bool
    public var notice: String?

    /// Creates the value from each of its fields.
    public init(
        canManage: Bool,
        csrfToken: String,
        lowest: Int,
        levels: [MaturityScaleLevelView],
        canRemove: Bool,
        problems: [ProblemLinkView],
        hasProblems: Bool,
        notice: String? = nil
    ) {
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.lowest = lowest
        self.levels = levels
        self.canRemove = canRemove
        self.problems = problems
        self.hasProblems = hasProblems
        self.notice = notice
    }
}

/// One level in the scale editor.
public struct MaturityScaleLevelView {
    public var value: Int
    public var descriptor: String
    public var fieldID: String
    public var error: String?

    /// Creates the value from each of its fields.
    public init(value: Int, descriptor: String, fieldID: String, error: String? = nil) {
        self.value = value
        self.descriptor = descriptor
        self.fieldID = fieldID
        self.error = error
    }
}

/// The CSV import page.
public struct MaturityImportViewModel: PageModel {
    public static let template = Template.workspaceMaturityImport

    public var canManage: Bool
    public var csrfToken: String
    public var csv: String
    public var problems: [String]
    public var hasProblems: Bool
    public var notice: String?
    public var header: String
    public var scaleText: String

    /// Creates the value from each of its fields.
    public init(
        canManage: Bool,
        csrfToken: String,
        csv: String,
        problems: [String],
        hasProblems: Bool,
        notice: String? = nil,
        header: String,
        scaleText: String
    ) {
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.csv = csv
        self.problems = problems
        self.hasProblems = hasProblems
        self.notice = notice
        self.header = header
        self.scaleText = scaleText
    }
}

/// The results of one year across places.
public struct MaturityResultsViewModel: PageModel {
    public static let template = Template.workspaceMaturityResults

    public var year: Int?
    public var yearOptions: [OptionView]
    public var hasData: Bool
    public var heatmapSVG: String?
    public var tableCaption: String
    public var enablerHeaders: [String]
    public var rows: [MaturityResultRowView]
    public var fromOptions: [OptionView]
    public var toOptions: [OptionView]
    public var changeCaption: String
    public var changeRows: [MaturityChangeRowView]
    public var hasChange: Bool
    public var scaleText: String

    /// Creates the value from each of its fields.
    public init(
        year: Int? = nil,
        yearOptions: [OptionView],
        hasData: Bool,
        heatmapSVG: String? = nil,
        tableCaption: String,
        enablerHeaders: [String],
        rows: [MaturityResultRowView],
        fromOptions: [OptionView],
        toOptions: [OptionView],
        changeCaption: String,
        changeRows: [MaturityChangeRowView],
        hasChange: Bool,
        scaleText: String
    ) {
        self.year = year
        self.yearOptions = yearOptions
        self.hasData = hasData
        self.heatmapSVG = heatmapSVG
        self.tableCaption = tableCaption
        self.enablerHeaders = enablerHeaders
        self.rows = rows
        self.fromOptions = fromOptions
        self.toOptions = toOptions
        self.changeCaption = changeCaption
        self.changeRows = changeRows
        self.hasChange = hasChange
        self.scaleText = scaleText
    }
}

/// A place's row in the results table.
public struct MaturityResultRowView {
    public var placeName: String
    public var placeURL: String
    public var cells: [MaturityResultCellView]

    /// Creates the value from each of its fields.
    public init(placeName: String, placeURL: String, cells: [MaturityResultCellView]) {
        self.placeName = placeName
        self.placeURL = placeURL
        self.cells = cells
    }
}

/// One cell of a results table.
public struct MaturityResultCellView {
    public var text: String
    public var histogram: String?

    /// Creates the value from each of its fields.
    public init(text: String, histogram: String? = nil) {
        self.text = text
        self.histogram = histogram
    }
}

/// One place × enabler in the change table.
public struct MaturityChangeRowView {
    public var placeName: String
    public var enablerName: String
    public var fromText: String
    public var toText: String
    public var changeText: String

    /// Creates the value from each of its fields.
    public init(placeName: String, enablerName: String, fromText: String, toText: String, changeText: String) {
        self.placeName = placeName
        self.enablerName = enablerName
        self.fromText = fromText
        self.toText = toText
        self.changeText = changeText
    }
}

/// One place's results over the years.
public struct MaturityPlaceViewModel: PageModel {
    public static let template = Template.workspaceMaturityPlace

    public var placeName: String
    public var year: Int?
    public var yearOptions: [OptionView]
    public var action: String
    public var radarSVG: String?
    public var radarNote: String?
    public var tableCaption: String
    public var yearHeaders: [String]
    public var rows: [MaturityPlaceRowView]
    public var hasData: Bool
    public var scaleText: String

    /// Creates the value from each of its fields.
    public init(
        placeName: String,
        year: Int? = nil,
        yearOptions: [OptionView],
        action: String,
        radarSVG: String? = nil,
        radarNote: String? = nil,
        tableCaption: String,
        yearHeaders: [String],
        rows: [MaturityPlaceRowView],
        hasData: Bool,
        scaleText: String
    ) {
        self.placeName = placeName
        self.year = year
        self.yearOptions = yearOptions
        self.action = action
        self.radarSVG = radarSVG
        self.radarNote = radarNote
        self.tableCaption = tableCaption
        self.yearHeaders = yearHeaders
        self.rows = rows
        self.hasData = hasData
        self.scaleText = scaleText
    }
}

/// An enabler's row in a place's table, one cell per year.
public struct MaturityPlaceRowView {
    public var enablerName: String
    public var cells: [MaturityResultCellView]

    /// Creates the value from each of its fields.
    public init(enablerName: String, cells: [MaturityResultCellView]) {
        self.enablerName = enablerName
        self.cells = cells
    }
}
