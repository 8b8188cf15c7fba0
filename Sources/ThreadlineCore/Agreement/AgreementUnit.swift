/// What one unit of a source is when coders' spans are compared.
///
/// Agreement is counted unit by unit, so the two kinds are never added together: a character and a millisecond are
/// not the same amount of anything.
public enum AgreementUnit: String, Sendable, Hashable, CaseIterable {
    /// One Unicode scalar of a text.
    case characters
    /// One millisecond of a recording.
    case milliseconds
}
