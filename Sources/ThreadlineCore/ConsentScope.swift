/// How far a speaker agreed their testimony may travel.
public enum ConsentScope: String, Hashable, Sendable, Codable, CaseIterable {
    /// Only the programme's own team may hear or read it.
    case internalOnly = "internal"
    /// It may be published, attributed by role and place only ("youth worker, Salford").
    case publicAnonymised = "public_anonymised"
    /// It may be published under the speaker's name.
    case publicNamed = "public_named"

    /// What a person reads in a form or a list.
    public var label: String {
        switch self {
        case .internalOnly: "Internal only"
        case .publicAnonymised: "Public, anonymised (role and place only)"
        case .publicNamed: "Public, named"
        }
    }

    /// The choices for a form field.
    public static var choices: [FieldType.Choice] {
        allCases.map { FieldType.Choice($0.rawValue, $0.label) }
    }
}
