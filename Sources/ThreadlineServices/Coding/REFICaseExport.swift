import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// The programme's cases on their way into a REFI-QDA project: attributes as variables
/// (``REFICaseVariables``), cases as `Case`s with their values, and the evidence that belongs to each.
///
/// A whole source is a `SourceRef`. A stretch is a `SelectionRef` to a selection of that source covering it and
/// holding no coding (the schema lets a selection hold none, and a tool reading codings finds none there): a
/// `PlainTextSelection` of a text source, or a `TranscriptSelection` between two sync points of a recording's
/// transcript. What a case stands for travels as the "Threadline case kind" variable, and "Threadline kind" says
/// it is a case rather than a place. A membership of testimony left out of the export, or whose stretch is no
/// longer inside its (since edited) source, is left out and counted.
struct REFICaseExport {
    /// The attributes, in order.
    let attributes: [CaseAttribute]
    /// The cases, by name.
    let cases: [ResearchCase]
    private let memberships: [CaseMembership]
    private let stretches: [CodingSource: [CaseMembership]]
    private let names: [ResearchCase.ID: String]
    /// The stretches written as selections.
    private var written: Set<CaseMembership.ID> = []
    /// How many memberships were left out.
    private(set) var leftOut = 0

    /// Reads the cases from `repository`.
    init(repository: any CaseRepository) async throws {
        attributes = try await repository.attributes()
        cases = try await repository.cases()
        memberships = try await repository.memberships()
        stretches = Dictionary(grouping: memberships.filter { $0.range != nil }, by: \.source)
        names = Dictionary(cases.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The GUID of the selection a membership's stretch is written as: the same in every export.
    static func selectionGUID(_ id: CaseMembership.ID) -> QDAGUID {
        REFIExporter.derived("case-stretch:\(id)")
    }

    /// The sync points bounding a transcript stretch, derived from its selection's GUID so that an import tells them
    /// from the sync points where cues start and end.
    static func syncPoints(of selection: QDAGUID) -> (from: QDAGUID, to: QDAGUID) {
        (REFIExporter.derived("case-stretch-from:\(selection)"), REFIExporter.derived("case-stretch-to:\(selection)"))
    }

    /// The selections of `source`'s stretches that lie inside `text`.
    mutating func textSelections(of source: CodingSource, in text: CodableText) -> [QDASelection] {
        fitting(source, in: text).map { membership, range in
            QDASelection(
                guid: Self.selectionGUID(membership.id), name: "Case: \(names[membership.caseID] ?? "")",
                range: .text(start: range.lowerBound, end: range.upperBound),
                creationDateTime: membership.createdAt)
        }
    }

    /// The selections of a recorded testimony's stretches, each between two sync points of its own timed as the
    /// cues it touches.
    mutating func transcriptSelections(of source: CodingSource, in text: CodableText)
        -> (syncPoints: [QDASyncPoint], selections: [QDASelection])
    {
        var points: [QDASyncPoint] = []
        var selections: [QDASelection] = []
        for (membership, range) in fitting(source, in: text) {
            let guid = Self.selectionGUID(membership.id)
            let (from, to) = Self.syncPoints(of: guid)
            let times = text.timeRange(start: range.lowerBound, end: range.upperBound)
            points.append(QDASyncPoint(guid: from, timeStampMs: times?.startMs, position: range.lowerBound))
            points.append(QDASyncPoint(guid: to, timeStampMs: times?.endMs, position: range.upperBound))
            selections.append(
                QDASelection(
                    guid: guid, name: "Case: \(names[membership.caseID] ?? "")",
                    range: .transcript(fromSyncPoint: from, toSyncPoint: to), creationDateTime: membership.createdAt))
        }
        return (points, selections)
    }

    private mutating func fitting(_ source: CodingSource, in text: CodableText) -> [(CaseMembership, Range<Int>)] {
        var kept: [(CaseMembership, Range<Int>)] = []
        for membership in stretches[source] ?? [] {
            guard let range = membership.range, text.problem(start: range.lowerBound, end: range.upperBound) == nil
            else { continue }
            written.insert(membership.id)
            kept.append((membership, range))
        }
        return kept
    }

    /// The attributes as variables, typed by the values the cases give them.
    var variables: [QDAVariable] {
        attributes.map { attribute in
            REFICaseVariables.variable(attribute, values: cases.compactMap { $0.values[attribute.id] })
        }
    }

    /// The cases, pointing only at the sources the export holds (`exported`) and the stretches written.
    mutating func qdaCases(exported: Set<QDAGUID>) -> [QDACase] {
        let types = Dictionary(variables.map { ($0.guid, $0.type) }, uniquingKeysWith: { first, _ in first })
        let byCase = Dictionary(grouping: memberships, by: \.caseID)
        var included = 0
        let result = cases.map { item in
            var sourceRefs: [QDAGUID] = []
            var selectionRefs: [QDAGUID] = []
            for membership in byCase[item.id] ?? [] {
                if membership.range != nil {
                    guard written.contains(membership.id) else { continue }
                    selectionRefs.append(Self.selectionGUID(membership.id))
                } else {
                    guard let guid = QDAGUID(membership.source.id.uuidString), exported.contains(guid) else { continue }
                    sourceRefs.append(guid)
                }
                included += 1
            }
            var values = REFIThreadlineVariables.values([
                (.kind, REFIThreadlineVariables.Kind.researchCase.rawValue), (.caseKind, item.kind.rawValue),
            ])
            for attribute in attributes {
                let guid = REFIExporter.guid(attribute.id)
                guard let stored = item.values[attribute.id], let type = types[guid],
                    let value = REFICaseVariables.value(stored, as: type)
                else { continue }
                values.append(QDAVariableValue(variableGUID: guid, value: value))
            }
            return QDACase(
                guid: REFIExporter.guid(item.id), name: item.name, description: item.description,
                sourceRefs: sourceRefs, selectionRefs: selectionRefs, variableValues: values)
        }
        leftOut = memberships.count - included
        return result
    }
}
