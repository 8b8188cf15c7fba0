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
