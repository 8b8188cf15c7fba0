/// The two forms of case study the field publishes.
public enum CaseStudyFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// Stands on its own: one piece of work, start to finish.
    case selfContained = "self_contained"
    /// Goes deep into one place or theme, usually drawing on interviews.
    case deepDive = "deep_dive"

    /// What a reader sees.
    public var label: String {
        switch self {
        case .selfContained: "Self-contained case study"
        case .deepDive: "Deep-dive case study"
        }
    }

    /// The choices offered in forms.
    public static let choices = allCases.map { FieldType.Choice($0.rawValue, $0.label) }
}
