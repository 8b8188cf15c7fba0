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

    private var navigation: [NavigationLink] {
        if isWorkspace {
            return [
                NavigationLink(label: "Dashboard", url: "/workspace", section: "dashboard"),
                NavigationLink(label: "Programme", url: "/workspace/programme", section: "programme"),
            ]
                + ThreadlineCore.EntityKind.allCases.map {
                    NavigationLink(
                        label: $0.pluralName.capitalizedFirst, url: "/workspace/\($0.pathSegment)",
                        section: $0.pathSegment)
                }
                + [
                    NavigationLink(label: "Evidence coverage", url: "/workspace/coverage", section: "coverage"),
                    NavigationLink(label: "Coding", url: "/workspace/coding", section: "coding"),
                    NavigationLink(label: "Codebook", url: "/workspace/codes", section: "codes"),
                    NavigationLink(
                        label: "Coding matrices", url: "/workspace/matrices?rows=codes&columns=places",
                        section: "matrices"),
                    NavigationLink(label: "Coder agreement", url: "/workspace/agreement", section: "agreement"),
                    NavigationLink(label: "Counts and Measures", url: "/workspace/counts", section: "counts"),
                    NavigationLink(
                        label: "Theories and evidence", url: "/workspace/theory-overview", section: "theory-overview"),
                    NavigationLink(label: "Maturity survey", url: "/workspace/maturity", section: "maturity"),
                    NavigationLink(label: "Partnership networks", url: "/workspace/networks", section: "networks"),
                    NavigationLink(label: "Clip picker", url: "/workspace/clip-picker", section: "clip-picker"),
                    NavigationLink(label: "API tokens", url: "/workspace/tokens", section: "tokens"),
                ]
                + (isAdmin
                    ? [
                        NavigationLink(label: "Users", url: "/workspace/users", section: "users"),
                        NavigationLink(label: "Audit trail", url: "/workspace/audit", section: "audit"),
                    ] : [])
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

/// One link of the site navigation.
public struct NavigationLink {
    public var label: String
    public var url: String
    public var section: String
    public var isCurrent = false
}
