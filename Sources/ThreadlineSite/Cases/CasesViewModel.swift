/// The Cases page: the cases as a table of their attribute values (NVivo's classification sheet), filtered by an
/// attribute's value; adding a case; defining attributes; reading and downloading the attribute sheet.
public struct CasesViewModel: PageModel {
    public static let template = Template.workspaceCases

    public var csrfToken: String
    public var notice: String?
    /// Problems with a form on this page (a new case, a new attribute).
    public var problems: [String]
    public var hasProblems: Bool
    /// Problems with the attribute sheet, by line.
    public var sheetProblems: [String]
    public var hasSheetProblems: Bool
    /// The sheet as last sent, kept when it had problems.
    public var sheetText: String
    public var canDefine: Bool
    public var attributes: [CaseAttributeRowView]
    public var hasAttributes: Bool
    /// The attribute names, as column headings.
    public var columns: [String]
    public var rows: [CaseRowView]
    public var hasCases: Bool
    public var caption: String
    /// "attribute id:value" choices for the filter.
    public var filterOptions: [OptionView]
    public var isFiltered: Bool
    public var newCaseName: String
    public var newCaseDescription: String
    public var kindOptions: [OptionView]
    public var valueFields: [CaseValueField]
    public var attributeName: String
    public var attributeKindOptions: [OptionView]
    public var attributeChoices: String

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String, notice: String?, problems: [String], sheetProblems: [String], sheetText: String,
        canDefine: Bool, attributes: [CaseAttributeRowView], columns: [String], rows: [CaseRowView], caption: String,
        filterOptions: [OptionView], isFiltered: Bool, newCaseName: String, newCaseDescription: String,
        kindOptions: [OptionView], valueFields: [CaseValueField], attributeName: String,
        attributeKindOptions: [OptionView], attributeChoices: String
    ) {
        self.csrfToken = csrfToken
        self.notice = notice
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.sheetProblems = sheetProblems
        self.hasSheetProblems = !sheetProblems.isEmpty
        self.sheetText = sheetText
        self.canDefine = canDefine
        self.attributes = attributes
        self.hasAttributes = !attributes.isEmpty
        self.columns = columns
        self.rows = rows
        self.hasCases = !rows.isEmpty
        self.caption = caption
        self.filterOptions = filterOptions
        self.isFiltered = isFiltered
        self.newCaseName = newCaseName
        self.newCaseDescription = newCaseDescription
        self.kindOptions = kindOptions
        self.valueFields = valueFields
        self.attributeName = attributeName
        self.attributeKindOptions = attributeKindOptions
        self.attributeChoices = attributeChoices
    }
}

/// One attribute in the list of attributes.
public struct CaseAttributeRowView {
    public var name: String
    public var kind: String
    public var choices: String
    public var editURL: String

    /// Creates the value from each of its fields.
    public init(name: String, kind: String, choices: String, editURL: String) {
        self.name = name
        self.kind = kind
        self.choices = choices
        self.editURL = editURL
    }
}

/// One case in the table of cases.
public struct CaseRowView {
    public var name: String
    public var url: String
    public var kind: String
    /// Its value of each attribute, in the columns' order ("—" for none).
    public var cells: [String]
    public var sourceCount: Int

    /// Creates the value from each of its fields.
    public init(name: String, url: String, kind: String, cells: [String], sourceCount: Int) {
        self.name = name
        self.url = url
        self.kind = kind
        self.cells = cells
        self.sourceCount = sourceCount
    }
}
