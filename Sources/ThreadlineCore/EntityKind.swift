/// The kinds of content a programme publishes; one workspace section, API collection and table each.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable {
    case enabler
    case learningArea = "learning_area"
    case place
    case milestone
    case organisation
    case story
    case caseStudy = "case_study"
    case newsPost = "news_post"
    case testimony
    case clip
    case report
    case reportSection = "report_section"
    case indicator
    case indicatorFigure = "indicator_figure"
    case countsExample = "counts_example"
    case reflectiveLog = "reflective_log"
    case programmeTheory = "programme_theory"
    case theoryEvidence = "theory_evidence"
    case document

    /// The URL segment of the collection, in the workspace and the API (`stories`, `case-studies`).
    public var pathSegment: String {
        switch self {
        case .enabler: "enablers"
        case .learningArea: "areas"
        case .place: "places"
        case .milestone: "milestones"
        case .organisation: "organisations"
        case .story: "stories"
        case .caseStudy: "case-studies"
        case .newsPost: "news"
        case .testimony: "testimony"
        case .clip: "clips"
        case .report: "reports"
        case .reportSection: "report-sections"
        case .indicator: "indicators"
        case .indicatorFigure: "figures"
        case .countsExample: "counts-examples"
        case .reflectiveLog: "reflective-logs"
        case .programmeTheory: "theories"
        case .theoryEvidence: "theory-evidence"
        case .document: "documents"
        }
    }

    /// The key of the collection in an export bundle and the name of its SQL table.
    public var collectionKey: String {
        switch self {
        case .enabler: "enablers"
        case .learningArea: "learning_areas"
        case .place: "places"
        case .milestone: "milestones"
        case .organisation: "organisations"
        case .story: "stories"
        case .caseStudy: "case_studies"
        case .newsPost: "news_posts"
        case .testimony: "testimonies"
        case .clip: "clips"
        case .report: "reports"
        case .reportSection: "report_sections"
        case .indicator: "indicators"
        case .indicatorFigure: "indicator_figures"
        case .countsExample: "counts_examples"
        case .reflectiveLog: "reflective_logs"
        case .programmeTheory: "programme_theories"
        case .theoryEvidence: "theory_evidence"
        case .document: "documents"
        }
    }

    /// The singular name a person reads ("learning area").
    public var singularName: String {
        switch self {
        case .enabler: "system enabler"
        case .learningArea: "learning area"
        case .place: "place"
        case .milestone: "milestone"
        case .organisation: "organisation"
        case .story: "story"
        case .caseStudy: "case study"
        case .newsPost: "news post"
        case .testimony: "testimony"
        case .clip: "clip"
        case .report: "report"
        case .reportSection: "report section"
        case .indicator: "indicator"
        case .indicatorFigure: "figure"
        case .countsExample: "Counts and Measures example"
        case .reflectiveLog: "reflective log"
        case .programmeTheory: "programme theory"
        case .theoryEvidence: "evidence link"
        case .document: "document"
        }
    }

    /// The plural name a person reads ("case studies").
    public var pluralName: String {
        switch self {
        case .enabler: "system enablers"
        case .learningArea: "learning areas"
        case .place: "places"
        case .milestone: "milestones"
        case .organisation: "organisations"
        case .story: "stories"
        case .caseStudy: "case studies"
        case .newsPost: "news posts"
        case .testimony: "testimonies"
        case .clip: "clips"
        case .report: "reports"
        case .reportSection: "report sections"
        case .indicator: "indicators"
        case .indicatorFigure: "figures"
        case .countsExample: "Counts and Measures examples"
        case .reflectiveLog: "reflective logs"
        case .programmeTheory: "programme theories"
        case .theoryEvidence: "evidence links"
        case .document: "documents"
        }
    }

    /// Whether items of this kind have their own public page (by slug, or by ID for testimony and clips).
    public var hasPublicPage: Bool {
        switch self {
        case .milestone, .organisation, .reportSection, .indicator, .indicatorFigure, .countsExample, .theoryEvidence,
            .document:
            false
        default: true
        }
    }

    /// Whether items of this kind are only ever seen by the team: never published, never on a public page, feed,
    /// export or the public API (documents, which are evidence to code rather than something to publish).
    public var isInternalOnly: Bool { self == .document }

    /// The kind whose URL segment is `segment`.
    public init?(pathSegment segment: String) {
        guard let kind = EntityKind.allCases.first(where: { $0.pathSegment == segment }) else { return nil }
        self = kind
    }
}
