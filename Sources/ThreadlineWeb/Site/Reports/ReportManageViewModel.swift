/// The workspace page of a report's sections, publishing and versions.
struct ReportManageViewModel {
    var title: String
    var editURL: String
    var publicURL: String?
    var previewURL: String
    var publishAction: String
    var csrfToken: String
    var canPublish: Bool
    var notice: String?
    var statusText: String
    var hasUnpublishedChanges: Bool
    /// How many sections are drafts and what publishing does with them; `nil` when none is.
    var draftText: String?
    var sections: [ReportManageSection]
    var hasSections: Bool
    /// The new-section form for this report; `nil` for a contributor whose report it is not.
    var newSectionURL: String?
    var versions: [ReportManageVersion]
    var hasVersions: Bool
    var compareAction: String
    /// Why publishing was refused: embeds that cannot be read, with their section and line.
    var problems: [String]
    var hasProblems: Bool
}

/// One section in the workspace list.
struct ReportManageSection {
    /// The section's ID, for the include checkbox.
    var id: String
    /// When the section was last changed, as the page saw it: sent back with the checkbox so that a draft edited
    /// since is not included unseen.
    var seenAt: String
    var position: Int
    var title: String
    /// Whether the section is a draft, which a new version leaves out unless the editor includes it.
    var isDraft: Bool
    /// Whether the viewer may include a draft in the next version (an editor).
    var canInclude: Bool
    var areaName: String
    var editURL: String
    var problems: [String]
}

/// One published version in the workspace list.
struct ReportManageVersion {
    var number: Int
    var publishedText: String
    /// The comparison with the version before it, when there is one.
    var compareURL: String?
}

/// The comparison of two versions of a report.
struct ReportCompareViewModel {
    var title: String
    var fromNumber: Int
    var toNumber: Int
    var manageURL: String
    var parts: [ReportComparePart]
    var hasChanges: Bool
}

/// One compared part (the summary, the details, a section) with its lines.
struct ReportComparePart {
    var heading: String
    var state: String
    var lines: [DiffLineView]
}

/// One line of a comparison.
struct DiffLineView {
    var text: String
    var isAdded: Bool
    var isRemoved: Bool
}
