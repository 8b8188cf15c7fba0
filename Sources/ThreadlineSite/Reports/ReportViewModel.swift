/// What a report's page shows: the published version (or, in the workspace, a preview of the next one).
public struct ReportViewModel: PageModel {
    public static let template = Template.report

    public var title: String
    public var periodText: String?
    public var authorsText: String?
    public var versionText: String?
    public var isPreview: Bool
    public var summaryHTML: String
    public var sections: [ReportSectionView]
    public var evidence: [EvidenceCitedItem]
    public var hasEvidence: Bool
}

/// One section of a report page.
public struct ReportSectionView {
    public var anchor: String
    public var title: String
    public var areaName: String?
    public var areaURL: String?
    public var enablerName: String?
    public var enablerURL: String?
    public var bodyHTML: String
}

/// One line of a report's "Evidence cited".
public struct EvidenceCitedItem {
    public var kindLabel: String
    public var title: String
    public var url: String
    public var detail: String?
    /// The sections that cite it, as links.
    public var sections: [SectionLink]
}

/// A link to a section of a report.
public struct SectionLink {
    public var title: String
    public var url: String
}
