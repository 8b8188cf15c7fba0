/// Whether an item of evidence supports or challenges a programme theory; realist evaluation weighs both.
public enum EvidenceStance: String, Hashable, Sendable, Codable, CaseIterable {
    case supports
    case challenges

    /// The choices a form offers.
    public static let choices: [FieldType.Choice] = [
        FieldType.Choice("supports", "Supports the theory"),
        FieldType.Choice("challenges", "Challenges the theory"),
    ]
}
