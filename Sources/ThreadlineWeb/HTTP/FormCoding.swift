import Foundation
import ThreadlineCore

/// Converts between an entity's JSON shape and the strings of an HTML form, field by field, using its schema.
///
/// Form text that is not of the right type (a month of 13, a number with letters) is passed on as text,
/// so the schema check reports it beside the field instead of it being silently dropped.
enum FormCoding {
    /// The JSON object for the schema's fields, from a posted form.
    static func object(from form: FormData, fields: [FieldSpec]) -> [String: JSONValue] {
        var object: [String: JSONValue] = [:]
        for field in fields {
            let text = form[field.key].replacingOccurrences(of: "\r\n", with: "\n")
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch field.type {
            case .text, .multilineText, .slug:
                object[field.key] = .string(trimmed)
            case .markdown:
                object[field.key] = .string(text)
            case .integer:
                if trimmed.isEmpty {
                    object[field.key] = .null
                } else if let number = Int(trimmed) {
                    object[field.key] = .number(Double(number))
                } else {
                    object[field.key] = .string(trimmed)
                }
            case .decimal:
                if trimmed.isEmpty {
                    object[field.key] = .null
                } else if let number = DecimalText.number(trimmed) {
                    object[field.key] = .number(number)
                } else {
                    object[field.key] = .string(trimmed)
                }
            case .partialDate, .url, .reference, .choice:
                object[field.key] = trimmed.isEmpty ? .null : .string(trimmed)
            case .references:
                object[field.key] = .array(form.all(field.key).filter { !$0.isEmpty }.map(JSONValue.string))
            case .lines:
                let lines = text.split(whereSeparator: \.isNewline)
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                object[field.key] = .array(lines.map(JSONValue.string))
            }
        }
        return object
    }

    /// The form's strings for an entity's JSON object (what an edit form starts with).
    static func values(from object: [String: JSONValue], fields: [FieldSpec]) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for field in fields {
            let value = object[field.key] ?? .null
            switch value {
            case .null: values[field.key] = []
            case .string(let text): values[field.key] = [text]
            case .number(let number):
                values[field.key] = [field.type == .decimal ? MeasureNumberText.exact(number) : String(Int(number))]
            case .bool(let flag): values[field.key] = [flag ? "true" : "false"]
            case .array(let elements):
                let texts = elements.compactMap(\.stringValue)
                if case .lines = field.type {
                    values[field.key] = [texts.joined(separator: "\n")]
                } else {
                    values[field.key] = texts
                }
            case .object: values[field.key] = []
            }
        }
        return values
    }
}
