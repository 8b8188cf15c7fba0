/// What kind of step a milestone marks on a place's journey, so a journey can be read by kind as well as by time.
public enum MilestoneKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Boards, steering groups, decision-making structures.
    case governance
    /// Organisations starting (or ending) work together.
    case partnership
    /// Residents and community groups taking part or leading.
    case community
    /// Money, posts or buildings committed.
    case investment
    /// Anything else worth marking.
    case other

    /// What a reader sees.
    public var label: String {
        switch self {
        case .governance: "Governance"
        case .partnership: "Partnership"
        case .community: "Community"
        case .investment: "Investment"
        case .other: "Other"
        }
    }

    /// The choices offered in forms.
    public static let choices = allCases.map { FieldType.Choice($0.rawValue, $0.label) }
}
