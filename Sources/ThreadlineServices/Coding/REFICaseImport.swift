import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// A REFI-QDA project's cases on their way into the programme: each case that is not a place becomes a case, the
/// variables those cases give values of become attributes (``REFICaseVariables``), and each `SourceRef` and
/// `SelectionRef` a membership of the source, or of the stretch the selection covers.
///
/// Variables only sources use (Threadline's own, or another tool's document attributes) stay out of the attributes,
/// as do Threadline's own "Threadline …" variables. A variable named like an attribute here (whatever the letter case)
/// is that attribute, and a case named like a case here is that case: it keeps its description and values and gains
/// the values it has none of, a value that differs from its own being said and left. Every value is read as its
/// attribute reads typed text; one that does not fit refuses the whole import with a sentence naming the case.
struct REFICaseImport {
    /// Attributes to define.
    private(set) var attributes: [CaseAttribute] = []
    /// Cases to add, or to fill in when already here.
    private(set) var cases: [ResearchCase] = []
    /// Sources and stretches belonging to the cases.
    private(set) var memberships: [CaseMembership] = []
    /// Sentences about what joined what, and what was left out.
    private(set) var skipped: [String] = []

    /// Reads `project`'s cases against the attributes and cases already `stored`; `sources` is what each imported
    /// source became and `selections` the stretch of it each selection covers.
    init(
        project: QDAProject, stored: (attributes: [CaseAttribute], cases: [ResearchCase]),
        sources: [QDAGUID: CodingSource], selections: [QDAGUID: (CodingSource, Range<Int>)], now: Date
    ) throws {
        let items = project.cases.filter {
            REFIThreadlineVariables.Reading($0.variableValues, in: project).kind != .place
        }
        guard !items.isEmpty else { return }
        let used = Set(items.flatMap { $0.variableValues.map(\.variableGUID) })
        var problems: [FieldProblem] = []

        // The attributes the cases' variables are, here already or new.
        var attributeOf: [QDAGUID: CaseAttribute] = [:]
        var byName = Dictionary(
            stored.attributes.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for variable in project.variables
        where used.contains(variable.guid) && REFIThreadlineVariables.Name(rawValue: variable.name) == nil {
            let name = variable.name.trimmingCharacters(in: .whitespacesAndNewlines)
            let id = CaseAttribute.ID(variable.guid.rawValue) ?? CaseAttribute.ID(UUID())
            if let here = stored.attributes.first(where: { $0.id == id }) ?? byName[name.lowercased()] {
                if here.id != id {
                    skipped.append("The variable “\(name)” is the attribute of that name already here.")
                }
                attributeOf[variable.guid] = here
                continue
            }
            let (kind, choices) = REFICaseVariables.kind(of: variable)
            let attribute = CaseAttribute(
                id: id, name: name, kind: kind, choices: choices, position: attributes.count, createdAt: now)
            problems += attribute.problems().map { $0.prefixed(by: "Variable “\(variable.name.prefix(60))”") }
            attributes.append(attribute)
            attributeOf[variable.guid] = attribute
            byName[name.lowercased()] = attribute
        }

        // The cases, each with the values it gives read as its attributes read them.
        let storedByName = Dictionary(
            stored.cases.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let storedByID = Dictionary(stored.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var fileByName: [String: ResearchCase.ID] = [:]
        var index: [ResearchCase.ID: Int] = [:]
        for item in items {
            let carried = REFIThreadlineVariables.Reading(item.variableValues, in: project)
            let name =
                item.name.trimmingCharacters(in: .whitespacesAndNewlines).nonBlank
                ?? "Case \(item.guid.rawValue.prefix(8))"
            var values: [CaseAttribute.ID: String] = [:]
            for given in item.variableValues {
                guard let attribute = attributeOf[given.variableGUID], let value = given.value else { continue }
                switch attribute.value(from: REFICaseVariables.text(of: value)) {
                case .value(let text?): values[attribute.id] = text
                case .value(nil): break
                case .problem(let problem):
                    problems.append(FieldProblem(field: "Case “\(name.prefix(60))”", message: problem.message))
                }
            }
            // The case itself when here already; else a case of its name, here or earlier in the file.
            var id = ResearchCase.ID(item.guid.rawValue) ?? ResearchCase.ID(UUID())
            var here = storedByID[id]
            if here == nil, let named = storedByName[name.lowercased()] {
                id = named.id
                here = named
                skipped.append("The case “\(name)” is the case of that name already here.")
            } else if here == nil, let earlier = fileByName[name.lowercased()] {
                id = earlier
            }
            if let here {
                for (attribute, value) in values.sorted(by: { $0.key.description < $1.key.description }) {
                    guard let own = here.values[attribute], own != value else { continue }
                    let label = (attributes + stored.attributes).first { $0.id == attribute }?.name ?? "attribute"
                    skipped.append("“\(here.name)” keeps its \(label) “\(own)”; the project’s “\(value)” was left.")
                }
            }
            if let at = index[id] {
                cases[at].values.merge(values) { kept, _ in kept }
            } else {
                index[id] = cases.count
                cases.append(
                    ResearchCase(
                        id: id, name: name, kind: carried[.caseKind].flatMap(CaseKind.init(rawValue:)) ?? .other,
                        description: item.description.trimmingCharacters(in: .whitespacesAndNewlines),
                        values: values, createdAt: now))
                fileByName[name.lowercased()] = id
            }

            // Its evidence: whole sources and the stretches its selections cover.
            var targets: [(CodingSource, Range<Int>?)] = []
            var missing = 0
            for ref in item.sourceRefs {
                if let source = sources[ref] { targets.append((source, nil)) } else { missing += 1 }
            }
            for ref in item.selectionRefs {
                if let (source, range) = selections[ref] { targets.append((source, range)) } else { missing += 1 }
            }
            if missing > 0 {
                skipped.append(
                    "\(missing) of the sources or passages of the case “\(name)” did not come in (a picture, or a "
                        + "passage with no place in its text), so they are not in the case.")
            }
            for (source, range) in targets {
                let seed =
                    "membership:\(id):\(source.key):\(range.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "all")"
                guard let membershipID = CaseMembership.ID(REFIExporter.derived(seed).rawValue),
                    !memberships.contains(where: { $0.id == membershipID })
                else { continue }
                memberships.append(
                    CaseMembership(id: membershipID, caseID: id, source: source, range: range, createdAt: now))
            }
        }
        guard problems.isEmpty else { throw StoreError.conflict(problems) }
    }
}
