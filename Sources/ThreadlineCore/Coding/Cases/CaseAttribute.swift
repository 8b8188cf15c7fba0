public import Foundation

/// A property every case can have a value of (role, age band, sector, length of involvement), defined once for the
/// programme, like NVivo's classification attributes and REFI-QDA's variables.
public struct CaseAttribute: Hashable, Sendable, Identifiable {
    /// Its identifier's type; also its GUID in REFI-QDA exchange.
    public typealias ID = EntityID<CaseAttribute>

    /// Its identifier.
    public var id: ID
    /// Its name, unique among attributes (whatever the letter case).
    public var name: String
    /// What its values are.
    public var kind: AttributeKind
    /// For a list, the values allowed, in the order they are offered; empty for other kinds.
    public var choices: [String]
    /// Its order among attributes, from 0.
    public var position: Int
    /// When it was defined.
    public var createdAt: Date

    /// Creates an attribute.
    public init(
        id: ID, name: String, kind: AttributeKind, choices: [String] = [], position: Int = 0, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.choices = choices
        self.position = position
        self.createdAt = createdAt
    }

    /// The most values a list may offer.
    public static let choiceLimit = 200

    /// The problems that stop it being saved, by field.
    public func problems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            problems.append(FieldProblem(field: "name", message: "Give the attribute a name."))
        } else if trimmed.count > 100 {
            problems.append(FieldProblem(field: "name", message: "An attribute's name can be at most 100 characters."))
        } else if trimmed.caseInsensitiveCompare("Case") == .orderedSame {
            problems.append(
                FieldProblem(field: "name", message: "\"Case\" names the case itself in sheets: choose another name."))
        }
        switch kind {
        case .list:
            if choices.isEmpty {
                problems.append(FieldProblem(field: "choices", message: "List the values this attribute can take."))
            } else if choices.count > Self.choiceLimit {
                problems.append(
                    FieldProblem(
                        field: "choices", message: "A list can offer at most \(Self.choiceLimit) values."))
            }
            var seen: Set<String> = []
            for choice in choices {
                let key = choice.lowercased()
                if choice.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    problems.append(FieldProblem(field: "choices", message: "A value in the list is blank."))
                } else if !seen.insert(key).inserted {
                    problems.append(
                        FieldProblem(field: "choices", message: "\"\(choice)\" is listed twice."))
                } else if choice.count > 200 {
                    problems.append(
                        FieldProblem(field: "choices", message: "A value can be at most 200 characters."))
                }
            }
        case .text, .number, .date:
            if !choices.isEmpty {
                problems.append(
                    FieldProblem(field: "choices", message: "Only a list attribute has a list of values."))
            }
        }
        return problems
    }

    /// `text` as this attribute stores it: trimmed, a number without thousands commas, a date as `YYYY[-MM[-DD]]`,
    /// a list value spelt as listed; `nil` for blank text (no value). Text that does not fit is refused with a
    /// sentence naming the attribute.
    public func value(from text: String) -> Reading {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .value(nil) }
        let quoted = trimmed.count > 40 ? String(trimmed.prefix(39)) + "…" : trimmed
        switch kind {
        case .text:
            guard trimmed.count <= 1_000 else {
                return .problem(FieldProblem(field: name, message: "\(name): at most 1,000 characters."))
            }
            return .value(trimmed)
        case .number:
            switch DecimalText.parse(trimmed) {
            case .success(let number): return .value(Self.numberText(number))
            case .failure(let problem):
                return .problem(FieldProblem(field: name, message: "\(name) is a number: \(problem.message)"))
            }
        case .date:
            guard let date = PartialDate(trimmed) else {
                return .problem(
                    FieldProblem(
                        field: name,
                        message: "\(name) is a date: write \"\(quoted)\" as YYYY-MM-DD (or YYYY-MM, or YYYY)."))
            }
            return .value(date.description)
        case .list:
            guard let choice = choices.first(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }) else {
                let offered = choices.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
                return .problem(
                    FieldProblem(
                        field: name,
                        message: "\(name) is one of \(offered)\(choices.count > 12 ? ", …" : ""): \"\(quoted)\" is not."
                    ))
            }
            return .value(choice)
        }
    }

    /// What `value(from:)` makes of some text.
    public enum Reading: Sendable, Hashable {
        /// The value as stored, `nil` for none.
        case value(String?)
        /// Why the text is refused.
        case problem(FieldProblem)
    }

    /// Orders two stored values of this attribute: numbers by size, dates in time, list values in the list's
    /// order, text alphabetically.
    public func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch kind {
        case .number:
            return (Double(lhs) ?? 0, lhs) < (Double(rhs) ?? 0, rhs)
        case .list:
            let a = choices.firstIndex(of: lhs) ?? choices.count
            let b = choices.firstIndex(of: rhs) ?? choices.count
            return (a, lhs) < (b, rhs)
        case .date, .text:
            return lhs.localizedStandardCompare(rhs) == .orderedAscending
        }
    }

    /// A number without a needless ".0", and without exponent notation for everyday sizes.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
