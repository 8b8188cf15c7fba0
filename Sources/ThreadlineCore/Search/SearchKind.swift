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
    /// A local partner's reflective log: its What?, So what? and Now what?.
    case reflectiveLog = "reflective_log"
    /// A version of a programme theory: its context, mechanism and outcome.
    case programmeTheory = "programme_theory"

    /// The filter name in URLs: `stories`, `case-studies`, `news`, `milestones`, `testimony` (testimony and its
    /// transcript lines together), `reports`, `reflective-logs`, `theories`.
    public var filterName: String {
        switch self {
        case .story: "stories"
        case .caseStudy: "case-studies"
        case .newsPost: "news"
        case .milestone: "milestones"
        case .testimony, .transcriptCue: "testimony"
        case .report: "reports"
        case .reflectiveLog: "reflective-logs"
        case .programmeTheory: "theories"
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
        case .reflectiveLog: "Reflective log"
        case .programmeTheory: "Programme theory"
        }
    }

    /// Every filter a search offers, in the order the form lists them: the name in URLs and what a person reads.
    /// The form's choices and the message for an unknown name both come from here, so they cannot disagree.
    public static let filters: [(name: String, label: String)] = [
        ("stories", "Stories"), ("case-studies", "Case studies"), ("news", "News"), ("milestones", "Milestones"),
        ("testimony", "Testimony"), ("reports", "Reports"), ("reflective-logs", "Reflective logs"),
        ("theories", "Programme theories"),
    ]

    /// What to say of a filter name that selects nothing: every name the form offers.
    public static var unknownFilterMessage: String {
        let names = filters.map(\.name)
        return "Choose \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")."
    }

    /// The kinds a filter name selects; empty for an unknown name.
    public static func kinds(forFilter name: String) -> Set<SearchKind> {
        Set(allCases.filter { $0.filterName == name })
    }
}
