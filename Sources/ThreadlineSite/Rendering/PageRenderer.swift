import Foundation
import Mustache
import ThreadlineCore
import ThreadlineMarkdown

/// Renders view models through Mustache templates inside the site's layout.
///
/// Templates escape every `{{value}}`; only HTML that Threadline produced itself (rendered Markdown,
/// an inner page) is inserted raw with `{{{…}}}`. The live server and any static export render through
/// this one type, so both show the same bytes.
public struct PageRenderer: Sendable {
    public let library: MustacheLibrary
    public let markdown = MarkdownRenderer()

    /// Loads the built-in templates, then lets same-named files in `overridePath` replace them; throws, naming
    /// them, when any `Template` has no file.
    public init(overridePath: String? = nil) async throws {
        guard let folder = SiteResources.url("templates")?.path else {
            throw TemplateError(message: "The built-in templates are missing from the build.")
        }
        try await self.init(builtIn: folder, overridePath: overridePath)
    }

    /// Loads the templates of `folder` instead of the built-in ones (for tests of a broken build).
    public init(builtIn folder: String, overridePath: String?) async throws {
        var library = try await MustacheLibrary(directory: folder)
        if let overridePath {
            let files = try FileManager.default.contentsOfDirectory(atPath: overridePath)
            for file in files where file.hasSuffix(".mustache") {
                let text = try String(contentsOfFile: overridePath + "/" + file, encoding: .utf8)
                try library.register(text, named: String(file.dropLast(".mustache".count)))
            }
        }
        let missing = Template.allCases.filter { library.getTemplate(named: $0.rawValue) == nil }
        guard missing.isEmpty else {
            throw TemplateError(
                message: "Missing template\(missing.count == 1 ? "" : "s"): "
                    + missing.map { "\($0.rawValue).mustache" }.joined(separator: ", ")
                    + ". Every page's template must be built in or in the templates folder.")
        }
        self.library = library
    }

    /// A missing or broken template.
    public struct TemplateError: Error, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        public var description: String { message }

        /// Creates the value from each of its fields.
        public init(message: String) {
            self.message = message
        }
    }

    /// Renders a model with its template, on its own (no layout). Every template was found at start-up, so the
    /// empty answer for a missing one cannot happen.
    public func fragment<Model: PageModel>(_ model: Model) -> String {
        library.render(model, withTemplate: Model.template.rawValue) ?? ""
    }

    /// Renders a page: the model's template filled and placed in the one layout that public, workspace and survey
    /// pages share.
    public func page(_ model: some PageModel, layout: LayoutModel) -> String {
        var layout = layout
        layout.contentHTML = fragment(model)
        layout.navigationItems = layout.navigationLinks()
        return fragment(layout)
    }

    /// Markdown as safe HTML. Give each fragment on a page its own `idPrefix` when more than one may hold
    /// headings or footnotes.
    public func html(_ source: String, idPrefix: String = "") -> String { markdown.html(source, idPrefix: idPrefix) }

    /// The start of Markdown's plain text, cut at a word boundary (lists, cards, meta descriptions).
    public func excerpt(_ source: String, limit: Int = 220) -> String { markdown.excerpt(source, limit: limit) }

    /// Markdown as plain text (summaries, feeds).
    public func plainText(_ source: String) -> String { markdown.plainText(source) }
}

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
        navigationItems: [NavigationLink] = []
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
    }
}

/// One link of the site navigation.
public struct NavigationLink {
    public var label: String
    public var url: String
    public var section: String
    public var isCurrent = false
}

extension String {
    /// The text with its first letter upper-cased ("learning areas" → "Learning areas").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
