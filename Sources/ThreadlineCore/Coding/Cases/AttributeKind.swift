/// What values a case attribute holds, which decides how a value is checked, sorted and exchanged.
public enum AttributeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Any words ("Local authority officer").
    case text
    /// A decimal number ("3", "12.5"), written as people type it (see `DecimalText`).
    case number
    /// A date, whole ("2024-03-01") or in part ("2024-03", "2024").
    case date
    /// One of a list of values the team agreed (an age band, a sector).
    case list

    /// Its name in forms and lists.
    public var label: String {
        switch self {
        case .text: "Text"
        case .number: "Number"
        case .date: "Date"
        case .list: "List of values"
        }
    }
}
