public import ThreadlineCore

/// One field's value before and after a change; `nil` means the field had (or has) no value.
public struct AuditChange: Hashable, Sendable {
    /// The field's key, as stored (`title`, `consent_scope`).
    public var field: String
    /// The value before.
    public var from: JSONValue?
    /// The value after.
    public var to: JSONValue?

    /// Creates a change.
    public init(field: String, from: JSONValue?, to: JSONValue?) {
        self.field = field
        self.from = from
        self.to = to
    }

    /// The longest text value kept, in characters: the trail says what changed, it is not a second copy of
    /// every essay, and a long story saved many times would otherwise dwarf the content itself.
    public static let longestText = 500

    /// Changes between two encoded rows, field by field in key order, leaving out `ignoring` (bookkeeping such
    /// as `updated_at`). Empty strings and empty lists count as no value, so a new item lists what it was given.
    public static func between(
        _ old: [String: JSONValue], _ new: [String: JSONValue], ignoring: Set<String> = []
    ) -> [AuditChange] {
        Set(old.keys).union(new.keys).subtracting(ignoring).sorted().compactMap { field in
            let from = meaningful(old[field])
            let to = meaningful(new[field])
            return from == to ? nil : AuditChange(field: field, from: from.map(shortened), to: to.map(shortened))
        }
    }

    private static func meaningful(_ value: JSONValue?) -> JSONValue? {
        switch value {
        case nil, .null?: nil
        case .string(let text)? where text.isEmpty: nil
        case .array(let items)? where items.isEmpty: nil
        default: value
        }
    }

    private static func shortened(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text) where text.count > longestText: .string(String(text.prefix(longestText)) + "…")
        case .array(let items): .array(items.map(shortened))
        case .object(let members): .object(members.mapValues(shortened))
        default: value
        }
    }
}
