/// The page that asks before an item is deleted, saying what goes with it; its form works without scripts.
public struct DeleteConfirmViewModel: PageModel {
    public static let template = Template.workspaceDelete

    /// What the item is ("story", "case study").
    public var kindName: String
    /// The item's title.
    public var itemTitle: String
    /// The item's edit page, to go back to.
    public var itemURL: String
    /// Where the delete form posts.
    public var action: String
    /// The form's CSRF token.
    public var csrfToken: String
    /// What is deleted with the item, when anything is.
    public var codingsText: String?
    /// The other items that refer to it, when any do.
    public var referencesText: String?

    /// Creates the value from each of its fields.
    public init(
        kindName: String, itemTitle: String, itemURL: String, action: String, csrfToken: String,
        codingsText: String?, referencesText: String?
    ) {
        self.kindName = kindName
        self.itemTitle = itemTitle
        self.itemURL = itemURL
        self.action = action
        self.csrfToken = csrfToken
        self.codingsText = codingsText
        self.referencesText = referencesText
    }
}
