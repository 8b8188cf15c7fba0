import Foundation
import Mustache
import ThreadlineCore
import ThreadlineMarkdown

/// What the layout needs around every page.
public struct LayoutModel: PageModel {
    public static let template = Template.layout

    public var title: String
    public var programmeName: String
    public var language: String
    public var description: String = ""
    public var contentHTML: String = ""
    public var isWorkspace: Bool = false
    public var currentSection: String = ""
    public var userName: String? = nil
    public var csrfToken: String? = nil
    public var isAdmin: Bool = false
    public var feedURL: String = "/feed.atom"
    /// Whether the footer links the workspace: not on a static site, which holds none.
    public var linksWorkspace: Bool = true
    // Stored, not computed: Mustache reads values through reflection, which sees only stored properties.
    public var navigationItems: [NavigationLink] = []

    /// The workspace's navigation groups, each marked when the page is one of its own (stored for Mustache).
    public var navigationGroups: [NavigationGroupLink] = []
    /// The pages of the group the page belongs to, shown under the groups; empty on the dashboard.
    public var groupPages: [NavigationLink] = []
    /// The name of the group the page belongs to, naming the second row of links for screen readers.
    public var groupLabel: String = ""

    private var navigation: [NavigationLink] {
        if isWorkspace {
            return [NavigationLink(label: "Dashboard", url: "/workspace", section: "dashboard")]
        }
        return [
            NavigationLink(label: "Home", url: "/", section: "home"),
            NavigationLink(label: "Places", url: "/#places", section: "places"),
            NavigationLink(label: "Reports", url: "/reports", section: "reports"),
            NavigationLink(label: "Theories", url: "/theories", section: "theories"),
            NavigationLink(label: "News", url: "/news", section: "news"),
            NavigationLink(label: "Search", url: "/search", section: "search"),
        ]
    }

    /// Fills the navigation the layout shows: the site's links, or the workspace's dashboard link, its groups and
    /// the pages of the group the page is in.
    public mutating func fillNavigation() {
        navigationItems = navigationLinks()
        guard isWorkspace else { return }
        let groups = WorkspaceNavigation.groups(isAdmin: isAdmin)
        navigationGroups = groups.map {
            NavigationGroupLink(
                label: $0.label, url: "/workspace#\($0.anchor)", isCurrent: $0.contains(section: currentSection))
        }
        if let current = groups.first(where: { $0.contains(section: currentSection) }) {
            groupLabel = current.label
            groupPages = current.links.map { link in
                var link = link
                link.isCurrent = link.section == currentSection
                return link
            }
        }
    }

    public func navigationLinks() -> [NavigationLink] {
        navigation.map { link in
            var link = link
            link.isCurrent = link.section == currentSection
            return link
        }
    }

    /// Creates the value from each of its fields.
    public init(
        title: String,
        programmeName: String,
        language: String,
        description: String = "",
        contentHTML: String = "",
        isWorkspace: Bool = false,
        currentSection: String = "",
        userName: String? = nil,
        csrfToken: String? = nil,
        isAdmin: Bool = false,
        feedURL: String = "/feed.atom",
        navigationItems: [NavigationLink] = [], linksWorkspace: Bool = true
    ) {
        self.title = title
        self.programmeName = programmeName
        self.language = language
        self.description = description
        self.contentHTML = contentHTML
        self.isWorkspace = isWorkspace
        self.currentSection = currentSection
        self.userName = userName
        self.csrfToken = csrfToken
        self.isAdmin = isAdmin
        self.feedURL = feedURL
        self.navigationItems = navigationItems
        self.linksWorkspace = linksWorkspace
    }
}

/// A link to one group of workspace pages, on the dashboard that maps them.
public struct NavigationGroupLink {
    /// The group's name.
    public var label: String
    /// Its section on the dashboard.
    public var url: String
    /// Whether the page is one of the group's.
    public var isCurrent: Bool
}

/// One link of the site navigation.
public struct NavigationLink: Sendable {
    public var label: String
    public var url: String
    public var section: String
    public var isCurrent = false
}
