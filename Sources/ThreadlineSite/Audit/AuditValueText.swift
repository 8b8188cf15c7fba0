import Foundation
import ThreadlineCore
import ThreadlineStore

/// Stored audit values as short text for people: the page's change list and the CSV both use it.
public enum AuditValueText {
    /// `value` as text; no value reads as "(none)".
    public static func text(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: "(none)"
        case .bool(let flag)?: flag ? "yes" : "no"
        case .number(let number)?:
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text)?: text
        case .array(let items)?: items.map { text($0) }.joined(separator: ", ")
        case .object(let members)?:
            members.keys.sorted().map { "\($0): \(text(members[$0]))" }.joined(separator: "; ")
        }
    }

    /// One change as a line: `field: from → to`.
    public static func line(_ change: AuditChange) -> String {
        "\(change.field): \(text(change.from)) → \(text(change.to))"
    }
}
