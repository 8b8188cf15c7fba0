/// What a case stands for: the unit an evaluator compares evidence across.
public enum CaseKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Someone who took part or spoke.
    case person
    /// An organisation or partnership.
    case organisation
    /// A place or neighbourhood.
    case place
    /// A site visit or event.
    case siteVisit = "site_visit"
    /// Anything else the team compares.
    case other

    /// Its name in forms and lists.
    public var label: String {
        switch self {
        case .person: "Person"
        case .organisation: "Organisation"
        case .place: "Place"
        case .siteVisit: "Site visit"
        case .other: "Other"
        }
    }
}
