/// One case's page: its name, kind, description and attribute values, the evidence that belongs to it (whole
/// sources or stretches of them), adding a source, and removing the case.
public struct CaseViewModel: PageModel {
    public static let template = Template.workspaceCase

    public var csrfToken: String
    public var name: String
    public var action: String
    public var deleteAction: String
    public var addSourceAction: String
    public var notice: String?
    public var problems: [String]
    public var hasProblems: Bool
    public var formName: String
    public var formDescription: String
    public var kindOptions: [OptionView]
    public var valueFields: [CaseValueField]
    public var hasValueFields: Bool
    public var members: [CaseMemberView]
    public var hasMembers: Bool
    public var sourceOptions: [OptionView]
    /// Links to the views of this case's evidence (its passages in a query, its words).
    public var wordsURL: String
    public var queryURL: String
    /// Whether the viewer may remove the case.
    public var canRemove: Bool

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String, name: String, action: String, deleteAction: String, addSourceAction: String,
        notice: String?, problems: [String], formName: String, formDescription: String, kindOptions: [OptionView],
        valueFields: [CaseValueField], members: [CaseMemberView], sourceOptions: [OptionView], wordsURL: String,
        queryURL: String, canRemove: Bool
    ) {
        self.csrfToken = csrfToken
        self.name = name
        self.action = action
        self.deleteAction = deleteAction
        self.addSourceAction = addSourceAction
        self.notice = notice
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.formName = formName
        self.formDescription = formDescription
        self.kindOptions = kindOptions
        self.valueFields = valueFields
        self.hasValueFields = !valueFields.isEmpty
        self.members = members
        self.hasMembers = !members.isEmpty
        self.sourceOptions = sourceOptions
        self.wordsURL = wordsURL
        self.queryURL = queryURL
        self.canRemove = canRemove
    }
}

/// A source, or a stretch of one, that belongs to the case.
public struct CaseMemberView {
    public var sourceTitle: String
    public var url: String
    /// "The whole source", or the stretch's words.
    public var part: String
    public var removeAction: String

    /// Creates the value from each of its fields.
    public init(sourceTitle: String, url: String, part: String, removeAction: String) {
        self.sourceTitle = sourceTitle
        self.url = url
        self.part = part
        self.removeAction = removeAction
    }
}
