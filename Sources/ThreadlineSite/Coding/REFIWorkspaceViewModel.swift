/// The REFI-QDA exchange page: export links for everyone on the team, the import form for editors.
public struct REFIWorkspaceViewModel: PageModel {
    public static let template = Template.workspaceRefi

    /// The form's CSRF token.
    public var csrfToken: String
    /// Whether the viewer may import (an editor's decision, as publishing is).
    public var canImport: Bool

    /// Creates the value from each of its fields.
    public init(csrfToken: String, canImport: Bool) {
        self.csrfToken = csrfToken
        self.canImport = canImport
    }
}
