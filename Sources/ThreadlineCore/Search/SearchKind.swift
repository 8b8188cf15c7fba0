/// The kinds of evidence search finds, each with the name used in URLs (`?kind=stories`).
public enum SearchKind: String, Hashable, Sendable, Codable, CaseIterable {
    case story
    case caseStudy = "case_study"
    case newsPost = "news_post"
    case milestone
    /// A testimony's title and summary.
    case testimony
    /// One line of a testimony's transcript: a hit opens the player at that moment.
    case transcriptCue = "transcript_cue"
    /// A learning report: its published version's title, summary and sections.
    case report

    /// The filter name in URLs: `stories`, `case-studies`, `news`, `milestones`, `testimony` (testimony and its
    /// transcript lines together), `reports`.
    public var filterName: String {
        switch self {
        case .story: "stories"
        case .caseStudy: "case-studies"
        case .newsPost: "news"
        case .milestone: "milestones"
        case .testimony, .transcriptCue: "testimony"
        case .report: "reports"
        }
    }

    /// What a person reads beside a result.
    public var label: String {
        switch self {
        case .story: "Story"
        case .caseStudy: "Case study"
        case .newsPost: "News"
        case .milestone: "Milestone"
        case .testimony: "Testimony"
        case .transcriptCue: "Testimony transcript"
        case .report: "Report"
        }
    }

    /// The kinds a filter name selects; empty for an unknown name.
    public static func kinds(forFilter name: String) -> Set<SearchKind> {
        Set(allCases.filter { $0.filterName == name })
    }
}
