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

/// A "cited in" link on an evidence page: the passage of a published report that cites it.
public struct CitationLink {
    public var reportTitle: String
    public var sectionTitle: String
    public var url: String
}

/// The list of published reports.
public struct ReportListViewModel: PageModel {
    public static let template = Template.reportList

    public var reports: [ReportListItem]
    public var hasReports: Bool
}

/// One report in the list.
public struct ReportListItem {
    public var title: String
    public var url: String
    public var periodText: String?
    public var excerpt: String
}

/// A clip played inside a report passage.
public struct ClipEmbedView: PageModel {
    public static let template = Template.reportClip

    public var id: String
    public var title: String
    public var clipURL: String
    public var absoluteClipURL: String
    public var quote: String?
    public var attribution: String
    public var rangeText: String
    public var testimonyTitle: String
    public var testimonyURL: String
    public var player: PlayerView?
}

/// A story or case study shown as a card inside a report passage.
public struct CardEmbedView: PageModel {
    public static let template = Template.reportCard

    public var kicker: String
    public var title: String
    public var url: String
    public var summary: String?
}

/// A place's journey infographic inside a report passage (wide for screens, tall for phones, as on the place
/// page), with its milestones as text.
public struct JourneyEmbedView: PageModel {
    public static let template = Template.reportJourney

    public var placeName: String
    public var placeURL: String
    public var wideSVG: String?
    public var narrowSVG: String?
    public var milestones: [JourneyEmbedMilestone]
    public var hasMilestones: Bool
}

/// One milestone in the text alternative of a journey embed.
public struct JourneyEmbedMilestone {
    public var dateText: String
    public var title: String
    /// Its kind, era and enablers ("Governance · Pilot phase · 3. Transforming governance and process"), as the
    /// drawing shows them, so the list is a full text alternative.
    public var detail: String?
}

/// The "Questions you could consider" block.
public struct QuestionsEmbedView: PageModel {
    public static let template = Template.reportQuestions

    public var questions: [String]
}

/// An embed the public cannot see (withdrawn testimony, a draft story): a sentence instead.
public struct MissingEmbedView: PageModel {
    public static let template = Template.reportMissing

    public var message: String
}
