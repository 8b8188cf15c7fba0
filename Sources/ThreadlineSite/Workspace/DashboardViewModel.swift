import ThreadlineCore

public struct DashboardViewModel: PageModel {
    public static let template = Template.dashboard

    public struct Count {
        public var label: String
        public var url: String
        public var total: Int
        public var drafts: Int

        /// Creates the value from each of its fields.
        public init(label: String, url: String, total: Int, drafts: Int) {
            self.label = label
            self.url = url
            self.total = total
            self.drafts = drafts
        }
    }
    public var userName: String
    public var role: String
    public var counts: [Count]
    /// Every group of workspace pages with all its links: the map the header's group links open.
    public var groups: [WorkspaceNavigation.Group]

    /// Creates the value from each of its fields.
    public init(userName: String, role: String, counts: [Count], groups: [WorkspaceNavigation.Group]) {
        self.userName = userName
        self.role = role
        self.counts = counts
        self.groups = groups
    }
}
