/// The workspace page of a report's sections, publishing and versions.
public struct ReportManageViewModel: PageModel {
    public static let template = Template.workspaceReport

    public var title: String
    public var editURL: String
    public var publicURL: String?
    public var previewURL: String
    public var publishAction: String
    public var csrfToken: String
    public var canPublish: Bool
    public var notice: String?
    public var statusText: String
    public var hasUnpublishedChanges: Bool
    /// How many sections are drafts and what publishing does with them; `nil` when none is.
    public var draftText: String?
    public var sections: [ReportManageSection]
    public var hasSections: Bool
    /// The new-section form for this report; `nil` for a contributor whose report it is not.
    public var newSectionURL: String?
    public var versions: [ReportManageVersion]
    public var hasVersions: Bool
    public var compareAction: String
    /// Why publishing was refused: embeds that cannot be read, with their section and line.
    public var problems: [String]
    public var hasProblems: Bool

    /// Creates the value from each of its fields.
    public init(
        title: String,
        editURL: String,
        publicURL: String? = nil,
        previewURL: String,
        publishAction: String,
        csrfToken: String,
        canPublish: Bool,
        notice: String? = nil,
        statusText: String,
        hasUnpublishedChanges: Bool,
        draftText: String? = nil,
        sections: [ReportManageSection],
        hasSections: Bool,
        newSectionURL: String? = nil,
        versions: [ReportManageVersion],
        hasVersions: Bool,
        compareAction: String,
        problems: [String],
        hasProblems: Bool
    ) {
        self.title = title
        self.editURL = editURL
        self.publicURL = publicURL
        self.previewURL = previewURL
        self.publishAction = publishAction
        self.csrfToken = csrfToken
        self.canPublish = canPublish
        self.notice = notice
        self.statusText = statusText
        self.hasUnpublishedChanges = hasUnpublishedChanges
        self.draftText = draftText
        self.sections = sections
        self.hasSections = hasSections
        self.newSectionURL = newSectionURL
        self.versions = versions
        self.hasVersions = hasVersions
        self.compareAction = compareAction
        self.problems = problems
        self.hasProblems = hasProblems
    }
}

/// One section in the workspace list.
public struct ReportManageSection {
    /// The section's ID, for the include checkbox.
    public var id: String
    /// When the section was last changed, as the page saw it: sent back with the checkbox so that a draft edited
    /// since is not included unseen.
    public var seenAt: String
    public var position: Int
    public var title: String
    /// Whether the section is a draft, which a new version leaves out unless the editor includes it.
    public var isDraft: Bool
    /// Whether the viewer may include a draft in the next version (an editor).
    public var canInclude: Bool
    public var areaName: String
    public var editURL: String
    public var problems: [String]

    /// Creates the value from each of its fields.
    public init(
        id: String,
        seenAt: String,
        position: Int,
        title: String,
        isDraft: Bool,
        canInclude: Bool,
        areaName: String,
        editURL: String,
        problems: [String]
    ) {
        self.id = id
        self.seenAt = seenAt
        self.position = position
        self.title = title
        self.isDraft = isDraft
        self.canInclude = canInclude
        self.areaName = areaName
        self.editURL = editURL
        self.problems = problems
    }
}

/// One published version in the workspace list.
public struct ReportManageVersion {
    public var number: Int
    public var publishedText: String
    /// The comparison with the version before it, when there is one.
    public var compareURL: String?

    /// Creates the value from each of its fields.
    public init(number: Int, publishedText: String, compareURL: String? = nil) {
        self.number = number
        self.publishedText = publishedText
        self.compareURL = compareURL
    }
}
