public import Foundation
public import ThreadlineCore
import ThreadlineFormats
public import ThreadlineStore

/// Cases and their attributes, the same for every door (the workspace's Cases pages, the API, REFI-QDA): defining
/// attributes, keeping cases and their values, saying which evidence belongs to which case, reading an attribute
/// sheet, and turning a choice of cases or attribute values into the evidence a view counts.
public struct CaseBook: Sendable {
    /// Where cases are kept.
    public let cases: any CaseRepository
    /// Where sources' texts are read (memberships are checked against them).
    public let coding: any CodingRepository

    /// Keeps cases in `cases`, checking sources through `coding`.
    public init(cases: any CaseRepository, coding: any CodingRepository) {
        self.cases = cases
        self.coding = coding
    }

    /// Defines a new attribute: `choicesText` lists a list attribute's values, one per line (or separated by
    /// commas when written on one line).
    /// `kind` is `nil` when the form's choice was not one of the kinds, which is refused as a problem of `kind`.
    public func defineAttribute(
        name: String, kind: AttributeKind?, choicesText: String = "", as viewer: Viewer, ids: any IDGenerator,
        now: Date
    ) async throws -> CaseAttribute {
        try NotPermitted.check(AccessPolicy.canManageCases(as: viewer), Self.attributeRefusal)
        guard let kind else {
            throw ValidationError([FieldProblem(field: "kind", message: "Choose what values the attribute holds.")])
        }
        let attribute = CaseAttribute(
            id: ids.next(CaseAttribute.self), name: name.trimmingCharacters(in: .whitespacesAndNewlines), kind: kind,
            choices: kind == .list ? Self.choices(in: choicesText) : [], createdAt: now)
        try await cases.save(attribute)
        return attribute
    }

    /// Changes an attribute's name, kind or list of values; refused when stored values would no longer fit.
    public func changeAttribute(
        _ id: CaseAttribute.ID, name: String, kind: AttributeKind, choicesText: String, as viewer: Viewer
    ) async throws -> CaseAttribute {
        try NotPermitted.check(AccessPolicy.canManageCases(as: viewer), Self.attributeRefusal)
        guard var attribute = try await cases.attributes().first(where: { $0.id == id }) else {
            throw StoreError.notFound("The attribute \(id)")
        }
        attribute.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        attribute.kind = kind
        attribute.choices = kind == .list ? Self.choices(in: choicesText) : []
        try await cases.save(attribute)
        return attribute
    }

    /// Creates a case, or (with `id`) changes one, from what a person typed: `valueTexts` holds each attribute's
    /// value as typed (by attribute ID; blank for none). Every problem comes back at once, each naming its field
    /// (an attribute's problems name the attribute by its ID, as the form's field is named).
    public func saveCase(
        id: ResearchCase.ID?, name: String, kind: CaseKind, description: String,
        valueTexts: [CaseAttribute.ID: String], as viewer: Viewer, ids: any IDGenerator, now: Date
    ) async throws -> ResearchCase {
        try NotPermitted.check(AccessPolicy.canKeepCases(as: viewer), Self.caseRefusal)
        let attributes = try await cases.attributes()
        var item: ResearchCase
        if let id {
            guard let stored = try await cases.researchCase(id) else { throw StoreError.notFound("The case \(id)") }
            item = stored
        } else {
            item = ResearchCase(id: ids.next(ResearchCase.self), name: "", createdAt: now)
        }
        item.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        item.kind = kind
        item.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        item.updatedAt = now
        var problems: [FieldProblem] = []
        for attribute in attributes {
            guard let text = valueTexts[attribute.id] else { continue }
            switch attribute.value(from: text) {
            case .value(let value): item.values[attribute.id] = value
            case .problem(let problem):
                problems.append(FieldProblem(field: "value-\(attribute.id)", message: problem.message))
            }
        }
        problems =
            item.problems(attributes: attributes).filter { $0.field == "name" || $0.field == "description" }
            + problems
        try ValidationError.check(problems)
        try await cases.save(item)
        return item
    }

    /// Creates a case with its values and the evidence that belongs to it, all at once or not at all: the API's
    /// way in. `values` names attributes by name (any letter case) or ID; `sources` are whole sources or stretches.
    /// Every problem comes back together, each naming its field (`values.Role`, `sources[1]`).
    public func createCase(
        name: String, kind: CaseKind, description: String, values: [String: String],
        sources: [(source: CodingSource, range: Range<Int>?)], as viewer: Viewer, ids: any IDGenerator, now: Date
    ) async throws -> ResearchCase {
        try NotPermitted.check(AccessPolicy.canKeepCases(as: viewer), Self.caseRefusal)
        let attributes = try await cases.attributes()
        var item = ResearchCase(
            id: ids.next(ResearchCase.self), name: name.trimmingCharacters(in: .whitespacesAndNewlines), kind: kind,
            description: description.trimmingCharacters(in: .whitespacesAndNewlines), createdAt: now)
        var problems: [FieldProblem] = []
        for (key, text) in values.sorted(by: { $0.key < $1.key }) {
            guard
                let attribute = attributes.first(where: {
                    $0.id.description == key.lowercased() || $0.name.caseInsensitiveCompare(key) == .orderedSame
                })
            else {
                problems.append(FieldProblem(field: "values.\(key)", message: "No attribute is called “\(key)”."))
                continue
            }
            switch attribute.value(from: text) {
            case .value(let value): item.values[attribute.id] = value
            case .problem(let problem): problems.append(FieldProblem(field: "values.\(key)", message: problem.message))
            }
        }
        problems =
            item.problems(attributes: attributes).filter { $0.field == "name" || $0.field == "description" }
            + problems
        try ValidationError.check(problems)
        let memberships = sources.map {
            CaseMembership(
                id: ids.next(CaseMembership.self), caseID: item.id, source: $0.source, range: $0.range, createdAt: now)
        }
        try await cases.create(item, memberships: memberships)
        return item
    }

    /// Says that `source` (or the stretch `range` of its text) belongs to the case.
    public func addSource(
        _ source: CodingSource, range: Range<Int>? = nil, to caseID: ResearchCase.ID, as viewer: Viewer,
        ids: any IDGenerator, now: Date
    ) async throws -> CaseMembership {
        try NotPermitted.check(AccessPolicy.canKeepCases(as: viewer), Self.caseRefusal)
        let membership = CaseMembership(
            id: ids.next(CaseMembership.self), caseID: caseID, source: source, range: range, createdAt: now)
        try await cases.add(membership)
        return membership
    }

    /// Reads an attribute sheet (CSV, one row per case; see `AttributeSheetPlan`) and writes it when it has no
    /// problem. The outcome lists every problem by line, or how many cases were created and updated.
    public func importSheet(_ data: Data, as viewer: Viewer, ids: any IDGenerator, now: Date) async throws
        -> AttributeSheetOutcome
    {
        try NotPermitted.check(AccessPolicy.canKeepCases(as: viewer), Self.caseRefusal)
        guard let text = String(data: data, encoding: .utf8) else {
            return AttributeSheetOutcome(
                problems: [
                    AttributeSheetProblem(
                        line: 1, message: "The file is not UTF-8 text: save the sheet as \"CSV UTF-8\".")
                ], created: 0, updated: 0)
        }
        let rows: [CSVRow]
        do {
            rows = try CSVReader.rows(of: text, maximumRows: AttributeSheetPlan.rowLimit + 2)
        } catch {
            return AttributeSheetOutcome(
                problems: [AttributeSheetProblem(line: error.line, message: error.message)], created: 0, updated: 0)
        }
        let plan = AttributeSheetPlan(
            rows: rows.map { ($0.line, $0.cells) }, attributes: try await cases.attributes(),
            cases: try await cases.cases(), ids: ids, now: now)
        guard plan.problems.isEmpty else {
            return AttributeSheetOutcome(problems: plan.problems, created: 0, updated: 0)
        }
        try await cases.apply(plan)
        return AttributeSheetOutcome(problems: [], created: plan.creations.count, updated: plan.updates.count)
    }

    /// Removes an attribute and its values.
    public func deleteAttribute(_ id: CaseAttribute.ID, as viewer: Viewer) async throws {
        try NotPermitted.check(AccessPolicy.canManageCases(as: viewer), Self.attributeRefusal)
        try await cases.deleteAttribute(id)
    }

    /// Removes a case; its sources stay.
    public func deleteCase(_ id: ResearchCase.ID, as viewer: Viewer) async throws {
        try NotPermitted.check(
            AccessPolicy.canManageCases(as: viewer), "Only editors and admins can remove cases.")
        try await cases.deleteCase(id)
    }

    /// Takes a source (or a stretch of it) out of a case.
    public func removeMembership(_ id: CaseMembership.ID, as viewer: Viewer) async throws {
        try NotPermitted.check(AccessPolicy.canKeepCases(as: viewer), Self.caseRefusal)
        try await cases.deleteMembership(id)
    }

    static let attributeRefusal = "Only editors and admins can define, change or remove case attributes."
    static let caseRefusal = "Sign in to the workspace to keep cases."

    /// Every case as an attribute sheet that `importSheet` reads back: `Case`, `Kind`, `Description`, then one
    /// column per attribute.
    public func sheet() async throws -> String {
        let attributes = try await cases.attributes()
        var lines = [(["Case", "Kind", "Description"] + attributes.map(\.name)).map(CSVField.text)]
        for item in try await cases.cases() {
            lines.append(
                ([item.name, item.kind.label, item.description] + attributes.map { item.values[$0.id] ?? "" })
                    .map(CSVField.text))
        }
        return lines.map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

    /// The evidence `filter` selects, or `nil` when it filters nothing.
    public func selection(_ filter: CaseFilter) async throws -> SourceSelection? {
        guard !filter.isEmpty else { return nil }
        return filter.selection(cases: try await cases.cases(), memberships: try await cases.memberships())
    }

    /// The choices written one per line, or comma-separated on a single line; blanks dropped, order kept.
    static func choices(in text: String) -> [String] {
        let lines = text.split(whereSeparator: \.isNewline)
        let pieces = lines.count > 1 ? lines : text.split(separator: ",")
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
