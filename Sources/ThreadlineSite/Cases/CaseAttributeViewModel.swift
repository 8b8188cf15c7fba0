/// The page that changes one case attribute (its name, kind or list of values) or removes it.
public struct CaseAttributeViewModel: PageModel {
    public static let template = Template.workspaceCaseAttribute

    public var csrfToken: String
    public var name: String
    public var action: String
    public var deleteAction: String
    public var problems: [String]
    public var hasProblems: Bool
    public var formName: String
    public var kindOptions: [OptionView]
    public var choices: String
    public var valueCount: Int

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String, name: String, action: String, deleteAction: String, problems: [String], formName: String,
        kindOptions: [OptionView], choices: String, valueCount: Int
    ) {
        self.csrfToken = csrfToken
        self.name = name
        self.action = action
        self.deleteAction = deleteAction
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.formName = formName
        self.kindOptions = kindOptions
        self.choices = choices
        self.valueCount = valueCount
    }
}
