public import Foundation

/// A case: a person, organisation, place or site visit whose evidence is compared with others', with its
/// attribute values (NVivo's cases and their classification sheet; REFI-QDA's `Case`).
///
/// Sources, or stretches of them, belong to cases (`CaseMembership`), so choosing cases or attribute values
/// chooses evidence.
public struct ResearchCase: Hashable, Sendable, Identifiable {
    /// Its identifier's type; also its GUID in REFI-QDA exchange.
    public typealias ID = EntityID<ResearchCase>

    /// Its identifier.
    public var id: ID
    /// Its name, unique among cases (whatever the letter case).
    public var name: String
    /// What it stands for.
    public var kind: CaseKind
    /// What the team wants to remember about it.
    public var description: String
    /// Its attribute values, as each attribute stores them (`CaseAttribute.value(from:)`); an attribute without a
    /// value is absent.
    public var values: [CaseAttribute.ID: String]
    /// When it was created.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date

    /// Creates a case.
    public init(
        id: ID, name: String, kind: CaseKind = .person, description: String = "",
        values: [CaseAttribute.ID: String] = [:], createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.values = values
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// The problems that stop it being saved with `attributes` defined, by field: its name, and each value
    /// checked against its attribute (a value of an attribute not defined is refused too).
    public func problems(attributes: [CaseAttribute]) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            problems.append(FieldProblem(field: "name", message: "Give the case a name."))
        } else if trimmed.count > 200 {
            problems.append(FieldProblem(field: "name", message: "A case's name can be at most 200 characters."))
        }
        if description.count > 5_000 {
            problems.append(
                FieldProblem(field: "description", message: "A description can be at most 5,000 characters."))
        }
        let byID = Dictionary(attributes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (id, value) in values.sorted(by: { $0.key.description < $1.key.description }) {
            guard let attribute = byID[id] else {
                problems.append(FieldProblem(field: "values", message: "No attribute \(id) is defined."))
                continue
            }
            switch attribute.value(from: value) {
            case .value(let stored) where stored == value: break
            case .value:
                problems.append(
                    FieldProblem(field: attribute.name, message: "\(attribute.name): \"\(value)\" is not as stored."))
            case .problem(let problem): problems.append(problem)
            }
        }
        return problems
    }
}
