/// The codebook page.
public struct CodebookViewModel: PageModel {
    public static let template = Template.workspaceCodebook

    public var rows: [CodebookRow]
    public var hasCodes: Bool
    public var canManage: Bool
    public var csrfToken: String
    public var parentOptions: [OptionView]
    public var enablerOptions: [OptionView]
    public var form: CodeFormValues
    public var problems: [String]
    public var hasProblems: Bool
    public var notice: String?
    public var totalCodings: Int

    /// Creates the value from each of its fields.
    public init(
        rows: [CodebookRow],
        hasCodes: Bool,
        canManage: Bool,
        csrfToken: String,
        parentOptions: [OptionView],
        enablerOptions: [OptionView],
        form: CodeFormValues,
        problems: [String],
        hasProblems: Bool,
        notice: String? = nil,
        totalCodings: Int
    ) {
        self.rows = rows
        self.hasCodes = hasCodes
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.parentOptions = parentOptions
        self.enablerOptions = enablerOptions
        self.form = form
        self.problems = problems
        self.hasProblems = hasProblems
        self.notice = notice
        self.totalCodings = totalCodings
    }
}

/// One code in the codebook table.
public struct CodebookRow {
    public var id: String
    public var name: String
    public var path: String
    public var depthClass: String
    public var codeClass: String
    public var colour: String
    public var description: String
    public var enabler: String?
    public var codingCount: Int
    public var editURL: String
    public var passagesURL: String

    /// Creates the value from each of its fields.
    public init(
        id: String,
        name: String,
        path: String,
        depthClass: String,
        codeClass: String,
        colour: String,
        description: String,
        enabler: String? = nil,
        codingCount: Int,
        editURL: String,
        passagesURL: String
    ) {
        self.id = id
        self.name = name
        self.path = path
        self.depthClass = depthClass
        self.codeClass = codeClass
        self.colour = colour
        self.description = description
        self.enabler = enabler
        self.codingCount = codingCount
        self.editURL = editURL
        self.passagesURL = passagesURL
    }
}
