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
