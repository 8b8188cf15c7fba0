/// The confirmation before deleting a code.
public struct CodeDeleteViewModel: PageModel {
    public static let template = Template.workspaceCodeDelete

    public var name: String
    public var action: String
    public var cancelURL: String
    public var csrfToken: String
    public var warning: String

    /// Creates the value from each of its fields.
    public init(name: String, action: String, cancelURL: String, csrfToken: String, warning: String) {
        self.name = name
        self.action = action
        self.cancelURL = cancelURL
        self.csrfToken = csrfToken
        self.warning = warning
    }
}
