import ThreadlineCore

public struct ListRowView {
    public var title: String
    public var editURL: String
    public var status: String
    public var isDraft: Bool
    public var updated: String
    public var publicURL: String?

    /// Creates the value from each of its fields.
    public init(
        title: String,
        editURL: String,
        status: String,
        isDraft: Bool,
        updated: String,
        publicURL: String? = nil
    ) {
        self.title = title
        self.editURL = editURL
        self.status = status
        self.isDraft = isDraft
        self.updated = updated
        self.publicURL = publicURL
    }
}

public struct EntityListViewModel: PageModel {
    public static let template = Template.workspaceList

    public var heading: String
    public var kindName: String
    public var newURL: String
    public var rows: [ListRowView]
    public var hasRows: Bool
    public var notice: String?

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        kindName: String,
        newURL: String,
        rows: [ListRowView],
        hasRows: Bool,
        notice: String? = nil
    ) {
        self.heading = heading
        self.kindName = kindName
        self.newURL = newURL
        self.rows = rows
        self.hasRows = hasRows
        self.notice = notice
    }
}
