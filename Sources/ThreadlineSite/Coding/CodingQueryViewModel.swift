/// The coding query page: codes combined with AND, OR, AND NOT and NEAR (or an expression written as JSON), the
/// passages found, and their downloads.
public struct CodingQueryViewModel: PageModel {
    /// The "Only the evidence of" list: a case or an attribute's value (empty when there are no cases).
    public var caseOptions: [OptionView] = [] { didSet { hasCaseOptions = !caseOptions.isEmpty } }
    /// Whether the list is shown (a stored copy, since templates see only stored properties).
    public private(set) var hasCaseOptions = false
    public static let template = Template.workspaceCodingQuery

    public var csrfToken: String
    public var firstOptions: [OptionView]
    public var secondOptions: [OptionView]
    public var operatorOptions: [OptionView]
    public var within: String
    public var expressionText: String
    public var coderOptions: [OptionView]
    public var includesChildren: Bool
    public var problems: [String]
    public var hasProblems: Bool
    /// Whether a query was run (the results section shows).
    public var hasRun: Bool
    public var description: String
    public var countText: String
    public var passages: [QueryPassageView]
    public var hasPassages: Bool
    public var downloads: [DownloadLink]
    /// The query's parameters, for the save form.
    public var hiddenFields: [HiddenField]

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String, firstOptions: [OptionView], secondOptions: [OptionView], operatorOptions: [OptionView],
        within: String, expressionText: String, coderOptions: [OptionView], includesChildren: Bool,
        problems: [String], hasRun: Bool, description: String, countText: String, passages: [QueryPassageView],
        downloads: [DownloadLink], hiddenFields: [HiddenField]
    ) {
        self.csrfToken = csrfToken
        self.firstOptions = firstOptions
        self.secondOptions = secondOptions
        self.operatorOptions = operatorOptions
        self.within = within
        self.expressionText = expressionText
        self.coderOptions = coderOptions
        self.includesChildren = includesChildren
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.hasRun = hasRun
        self.description = description
        self.countText = countText
        self.passages = passages
        self.hasPassages = !passages.isEmpty
        self.downloads = downloads
        self.hiddenFields = hiddenFields
    }
}

/// One passage a query found.
public struct QueryPassageView {
    public var sourceTitle: String
    public var url: String
    public var meta: String
    public var text: String
    public var details: String

    /// Creates the value from each of its fields.
    public init(sourceTitle: String, url: String, meta: String, text: String, details: String) {
        self.sourceTitle = sourceTitle
        self.url = url
        self.meta = meta
        self.text = text
        self.details = details
    }
}

/// A name and value carried by a form without being shown.
public struct HiddenField {
    public var name: String
    public var value: String

    /// Creates the value from each of its fields.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
