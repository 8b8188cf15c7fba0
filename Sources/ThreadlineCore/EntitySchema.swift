import Foundation

/// The editable fields of one kind of entity, and the type checks that apply to them.
///
/// The same schema checks a workspace form, an API request body and every record of an import file,
/// so all three report problems the same way and none of them can smuggle in a value of the wrong type.
public struct EntitySchema: Sendable {
    /// The kind described.
    public var kind: EntityKind
    /// The editable fields, in form order.
    public var fields: [FieldSpec]
    /// Keys the entity carries that only the system sets (a testimony's recording details): written by exports
    /// and the API, read back by imports, but never taken from a form or an API request body.
    public var systemKeys: Set<String>

    /// Creates a schema.
    public init(kind: EntityKind, fields: [FieldSpec], systemKeys: Set<String> = []) {
        self.kind = kind
        self.fields = fields
        self.systemKeys = systemKeys
    }

    /// The field with `key`, if any.
    public func field(_ key: String) -> FieldSpec? {
        fields.first { $0.key == key }
    }

    /// Checks the fields of a JSON object, returning every problem found (keys relative to the object).
    public func problems(in object: [String: JSONValue]) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        for field in fields {
            let value = object[field.key] ?? .null
            if let problem = Self.problem(with: value, for: field) {
                problems.append(problem)
            }
        }
        if let status = object["status"], status != .null {
            let allowed = PublicationStatus.allCases.map(\.rawValue)
            if !allowed.contains(status.stringValue ?? "") {
                problems.append(
                    FieldProblem(field: "status", message: "Must be one of: \(allowed.joined(separator: ", ")).")
                )
            }
        }
        if let id = object["id"], id != .null, EntityID<Never>(id.stringValue ?? "") == nil {
            problems.append(FieldProblem(field: "id", message: "\(Self.quoted(id)) is not a UUID."))
        }
        return problems
    }

    /// The problem with a control character in text (NUL, a form feed, DEL…): nothing a person types holds one,
    /// exports and the database may cut text at a NUL, and readers cannot see it. Tab and line ends are text.
    static func controlCharacterProblem(in text: String, for field: FieldSpec) -> FieldProblem? {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            guard (value < 0x20 && ![0x09, 0x0A, 0x0D].contains(value)) || value == 0x7F else { continue }
            let code = String(value, radix: 16, uppercase: true)
            return FieldProblem(
                field: field.key,
                message:
                    "\(field.label) holds a control character (U+\(String(repeating: "0", count: 4 - code.count))\(code)) "
                    + "at character \(offset + 1), which text cannot hold: remove it.")
        }
        return nil
    }

    static func isBlank(_ value: JSONValue) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .array(let elements): elements.isEmpty
        default: false
        }
    }

    static func quoted(_ value: JSONValue) -> String {
        if let text = value.stringValue { return "\"\(text)\"" }
        return value.kindName
    }

    /// The first thing wrong with one field's value (one message per field keeps forms readable), or `nil`.
    public static func problem(with value: JSONValue, for field: FieldSpec) -> FieldProblem? {
        func fail(_ message: String) -> FieldProblem { FieldProblem(field: field.key, message: message) }
        if isBlank(value) {
            return field.isRequired ? fail("\(field.label) is required.") : nil
        }
        switch field.type {
        case .text, .multilineText, .markdown:
            guard let text = value.stringValue else { return fail("Expected text, found \(value.kindName).") }
            if let problem = controlCharacterProblem(in: text, for: field) { return problem }
            if let limit = field.maximumLength, text.count > limit {
                return fail("Use at most \(limit) characters (this has \(text.count)).")
            }
        case .slug:
            guard let text = value.stringValue else { return fail("Expected text, found \(value.kindName).") }
            if let problem = Slug.problem(with: text, field: field.key) { return problem }
        case .integer:
            guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e9 else {
                return fail("\(quoted(value)) is not a whole number.")
            }
        case .decimal:
            guard case .number(let number) = value, number.isFinite, abs(number) < 1e15 else {
                return fail("\(quoted(value)) is not a number (write digits, with a decimal point if needed).")
            }
        case .partialDate:
            guard let text = value.stringValue, PartialDate(text) != nil else {
                return fail("\(quoted(value)) is not a date (write YYYY, YYYY-MM or YYYY-MM-DD).")
            }
        case .url:
            guard let text = value.stringValue, let url = URL(string: text),
                let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil
            else {
                return fail("\(quoted(value)) is not a web address (it must start with https:// or http://).")
            }
        case .reference:
            guard let text = value.stringValue, EntityID<Never>(text) != nil else {
                return fail("\(quoted(value)) is not an ID.")
            }
        case .references:
            guard let elements = value.arrayValue else {
                return fail("Expected a list of IDs, found \(value.kindName).")
            }
            for element in elements where EntityID<Never>(element.stringValue ?? "") == nil {
                return fail("\(quoted(element)) is not an ID.")
            }
        case .lines:
            guard let elements = value.arrayValue, elements.allSatisfy({ $0.stringValue != nil }) else {
                return fail("Expected a list of texts, found \(value.kindName).")
            }
            for element in elements {
                if let problem = controlCharacterProblem(in: element.stringValue ?? "", for: field) { return problem }
            }
            if let limit = field.maximumLength,
                let long = elements.first(where: { ($0.stringValue ?? "").count > limit })
            {
                return fail("Each line may have at most \(limit) characters; \(quoted(long)) is longer.")
            }
        case .choice(let choices):
            guard let text = value.stringValue, choices.contains(where: { $0.value == text }) else {
                let allowed = choices.map(\.value).joined(separator: ", ")
                return fail("\(quoted(value)) is not one of: \(allowed).")
            }
        }
        return nil
    }
}

extension EntitySchema {
    /// The object with every missing or `null` field set to its field's empty value, so that a request that
    /// leaves out optional fields decodes (text becomes "", lists become []).
    public func fillingEmptyValues(_ object: [String: JSONValue]) -> [String: JSONValue] {
        var filled = object
        for field in fields where (filled[field.key] ?? .null) == .null {
            filled[field.key] = field.emptyValue
        }
        return filled
    }
}

extension FieldSpec {
    /// What an absent value of this field means: "" for text, [] for lists, `null` for the rest.
    public var emptyValue: JSONValue {
        switch type {
        case .text, .multilineText, .markdown, .slug: .string("")
        case .references, .lines: .array([])
        case .integer, .decimal, .partialDate, .url, .reference, .choice: .null
        }
    }
}
