/// One place where a report passage cites a piece of evidence: the source of "cited in" links on evidence pages and
/// of a report's "Evidence cited" list.
public struct ReportCitation: Hashable, Sendable {
    /// What is cited.
    public enum Target: Hashable, Sendable {
        /// A testimony clip.
        case clip(Clip.ID)
        /// A story, by URL name.
        case story(slug: String)
        /// A case study, by URL name.
        case caseStudy(slug: String)
        /// A place's journey, by the place's URL name.
        case journey(placeSlug: String)

        /// The stored kind name (`clip`, `story`, `case_study`, `journey`).
        public var kindName: String {
            switch self {
            case .clip: "clip"
            case .story: "story"
            case .caseStudy: "case_study"
            case .journey: "journey"
            }
        }

        /// The stored key: the clip's ID or the URL name.
        public var key: String {
            switch self {
            case .clip(let id): id.description
            case .story(let slug), .caseStudy(let slug), .journey(let slug): slug
            }
        }

        /// The target with a stored kind name and key, or `nil` when they do not make one.
        public init?(kindName: String, key: String) {
            switch kindName {
            case "clip":
                guard let id = Clip.ID(key) else { return nil }
                self = .clip(id)
            case "story": self = .story(slug: key)
            case "case_study": self = .caseStudy(slug: key)
            case "journey": self = .journey(placeSlug: key)
            default: return nil
            }
        }
    }

    /// The citing report.
    public var reportID: Report.ID
    /// The citing report's title as published.
    public var reportTitle: String
    /// The citing section.
    public var sectionID: ReportSection.ID
    /// The section's heading when the report was published.
    public var sectionTitle: String
    /// The section's anchor on the report page.
    public var sectionAnchor: String
    /// What is cited.
    public var target: Target

    /// Creates a citation.
    public init(
        reportID: Report.ID, reportTitle: String, sectionID: ReportSection.ID, sectionTitle: String,
        sectionAnchor: String, target: Target
    ) {
        self.reportID = reportID
        self.reportTitle = reportTitle
        self.sectionID = sectionID
        self.sectionTitle = sectionTitle
        self.sectionAnchor = sectionAnchor
        self.target = target
    }
}
