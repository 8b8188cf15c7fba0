import Foundation
import ThreadlineCore
import ThreadlineFormats

/// How case attributes travel as REFI-QDA variables, and how variables come back as attributes.
///
/// Out: text is a `Text` variable; a number is `Integer` when every value is whole, otherwise `Float`; a date is
/// `Date` when every value is a whole day, otherwise `Text` (a year or a month alone is not an `xsd:date`); a list is
/// `Text`. A list's values, and a date kept as text, are written in the variable's `Description`, whose first line
/// Threadline recognises ("Threadline list of values:" followed by one value per line, or "Threadline date: …");
/// NVivo, ATLAS.ti and MAXQDA show it as the variable's description.
///
/// In: `Integer` and `Float` become numbers, `Date` and `DateTime` dates (the day, in UTC), `Boolean` a list of
/// "Yes" and "No", and `Text` text, or a list or date when its description starts with one of those lines.
enum REFICaseVariables {
    /// The first line of a list attribute's description; the values follow, one per line.
    static let listHeading = "Threadline list of values:"
    /// The first line of a date attribute's description when its values are not all whole days.
    static let dateHeading = "Threadline date: YYYY, YYYY-MM or YYYY-MM-DD."
    /// What a `BooleanValue` of true becomes.
    static let yes = "Yes"
    /// What a `BooleanValue` of false becomes.
    static let no = "No"

    /// The variable `attribute` travels as, given every value the cases give it.
    static func variable(_ attribute: CaseAttribute, values: [String]) -> QDAVariable {
        let guid = REFIExporter.guid(attribute.id)
        switch attribute.kind {
        case .text:
            return QDAVariable(guid: guid, name: attribute.name, type: .text)
        case .number:
            let whole = values.allSatisfy { Int($0) != nil }
            return QDAVariable(guid: guid, name: attribute.name, type: whole ? .integer : .float)
        case .date:
            guard values.allSatisfy({ PartialDate($0)?.isDay == true }) else {
                return QDAVariable(guid: guid, name: attribute.name, type: .text, description: dateHeading)
            }
            return QDAVariable(guid: guid, name: attribute.name, type: .date)
        case .list:
            return QDAVariable(
                guid: guid, name: attribute.name, type: .text,
                // A value with a line break in it would read back as two; it travels on one line.
                description: ([listHeading] + attribute.choices.map(Self.oneLine)).joined(separator: "\n"))
        }
    }

    /// A stored value as a value of `type` (what ``variable(_:values:)`` chose); `nil` when it cannot be one.
    static func value(_ stored: String, as type: QDAVariable.ValueType) -> QDAVariableValue.Value? {
        switch type {
        case .integer:
            return Int(stored).map { .integer($0) }
        case .float:
            let posix = Locale(identifier: "en_US_POSIX")
            return (Decimal(string: stored, locale: posix) ?? Double(stored).map { Decimal($0) }).map { .float($0) }
        case .date:
            return .date(stored)
        case .text, .boolean, .dateTime:
            return .text(stored)
        }
    }

    /// The attribute kind, and a list's values, that `variable` becomes.
    static func kind(of variable: QDAVariable) -> (kind: AttributeKind, choices: [String]) {
        switch variable.type {
        case .integer, .float:
            return (.number, [])
        case .date, .dateTime:
            return (.date, [])
        case .boolean:
            return (.list, [yes, no])
        case .text:
            let lines = variable.description.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            switch lines.first {
            case listHeading?:
                return (.list, lines.dropFirst().filter { !$0.isEmpty })
            case dateHeading?:
                return (.date, [])
            default:
                return (.text, [])
            }
        }
    }

    /// A value as the text an attribute reads (`CaseAttribute.value(from:)`): a boolean as "Yes" or "No", a date
    /// without its time zone, a moment as its day in UTC.
    static func text(of value: QDAVariableValue.Value) -> String {
        switch value {
        case .text(let text): text
        case .boolean(let flag): flag ? yes : no
        case .integer(let number): String(number)
        case .float(let number): number.description
        // `YYYY-MM-DD` then perhaps `Z` or `+01:00`: the day is what an attribute keeps.
        case .date(let text): String(text.prefix(10))
        case .dateTime(let date): PartialDate(dayOf: date).description
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
