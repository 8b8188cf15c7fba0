/// The page for one code: edit, merge, delete.
public struct CodeEditViewModel: PageModel {
    public static let template = Template.workspaceCode

    public var id: String
    public var name: String
    public var action: String
    public var mergeAction: String
    public var deleteURL: String
    public var passagesURL: String
    public var csrfToken: String
    public var canManage: Bool
    public var form: CodeFormValues
    public var parentOptions: [OptionView]
    public var enablerOptions: [OptionView]
    public var mergeOptions: [OptionView]
    public var codingCount: Int
    public var problems: [String]
    public var hasProblems: Bool

    /// Creates the value from each of its fields.
    public init(
        id: String,
        name: String,
        action: String,
        mergeAction: String,
        deleteURL: String,
        passagesURL: String,
        csrfToken: String,
        canManage: Bool,
        form: CodeFormValues,
        parentOptions: [OptionView],
        enablerOptions: [OptionView],
        mergeOptions: [OptionView],
        codingCount: Int,
        problems: [String],
        hasProblems: Bool
    ) {
        self.id = id
        self.name = name
        self.action = action
        self.mergeAction = mergeAction
        self.deleteURL = deleteURL
        self.passagesURL = passagesURL
        self.csrfToken = csrfToken
        self.canManage = canManage
        self.form = form
        self.parentOptions = parentOptions
        self.enablerOptions = enablerOptions
        self.mergeOptions = mergeOptions
        self.codingCount = codingCount
        self.problems = problems
        self.hasProblems = hasProblems
    }
}
