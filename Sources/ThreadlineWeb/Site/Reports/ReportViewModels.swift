/// What a report's page shows: the published version (or, in the workspace, a preview of the next one).
struct ReportViewModel {
    var title: String
    var periodText: String?
    var authorsText: String?
    var versionText: String?
    var isPreview: Bool
    var summaryHTML: String
    var sections: [ReportSectionView]
    var evidence: [EvidenceCitedItem]
    var hasEvidence: Bool
}

/// One section of a report page.
struct ReportSectionView {
    var anchor: String
    var title: String
    var areaName: String?
    var areaURL: String?
    var enablerName: String?
    var enablerURL: String?
    var bodyHTML: String
}

/// One line of a report's "Evidence cited".
struct EvidenceCitedItem {
    var kindLabel: String
    var title: String
    var url: String
    var detail: String?
    /// The sections that cite it, as links.
    var sections: [SectionLink]
}

/// A link to a section of a report.
struct SectionLink {
    var title: String
    var url: String
}

/// A "cited in" link on an evidence page: the passage of a published report that cites it.
struct CitationLink {
    var reportTitle: String
    var sectionTitle: String
    var url: String
}

/// The list of published reports.
struct ReportListViewModel {
    var reports: [ReportListItem]
    var hasReports: Bool
}

/// One report in the list.
struct ReportListItem {
    var title: String
    var url: String
    var periodText: String?
    var excerpt: String
}

/// A clip played inside a report passage.
struct ClipEmbedView {
    var id: String
    var title: String
    var clipURL: String
    var absoluteClipURL: String
    var quote: String?
    var attribution: String
    var rangeText: String
    var testimonyTitle: String
    var testimonyURL: String
    var player: PlayerView?
}

/// A story or case study shown as a card inside a report passage.
struct CardEmbedView {
    var kicker: String
    var title: String
    var url: String
    var summary: String?
}

/// A place's journey infographic inside a report passage (wide for screens, tall for phones, as on the place
/// page), with its milestones as text.
struct JourneyEmbedView {
    var placeName: String
    var placeURL: String
    var wideSVG: String?
    var narrowSVG: String?
    var milestones: [JourneyEmbedMilestone]
    var hasMilestones: Bool
}

/// One milestone in the text alternative of a journey embed.
struct JourneyEmbedMilestone {
    var dateText: String
    var title: String
    /// Its kind, era and enablers ("Governance · Pilot phase · 3. Transforming governance and process"), as the
    /// drawing shows them, so the list is a full text alternative.
    var detail: String?
}

/// The "Questions you could consider" block.
struct QuestionsEmbedView {
    var questions: [String]
}

/// An embed the public cannot see (withdrawn testimony, a draft story): a sentence instead.
struct MissingEmbedView {
    var message: String
}
