/// Something a report section shows in place of a line such as `{{clip 6f1c…}}`.
public enum ReportEmbed: Hashable, Sendable {
    /// A testimony clip: an inline player limited to its range, its quote and attribution.
    case clip(Clip.ID)
    /// A local story, by URL name.
    case story(slug: String)
    /// A case study, by URL name.
    case caseStudy(slug: String)
    /// A place's journey chart, by the place's URL name.
    case journey(placeSlug: String)
    /// The section's "Questions you could consider" block.
    case questions

    /// The directive names an author may write, in the order help text lists them.
    public static let names = ["clip", "story", "case-study", "journey", "questions"]

    /// The directive that produces this embed, as an author writes it.
    public var directive: String {
        switch self {
        case .clip(let id): "{{clip \(id)}}"
        case .story(let slug): "{{story \(slug)}}"
        case .caseStudy(let slug): "{{case-study \(slug)}}"
        case .journey(let slug): "{{journey \(slug)}}"
        case .questions: "{{questions}}"
        }
    }
}
