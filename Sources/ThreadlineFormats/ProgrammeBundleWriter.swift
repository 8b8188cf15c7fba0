public import Foundation
import ThreadlineCore

/// Writes a `ProgrammeBundle` as its versioned JSON document, byte for byte the same for the same bundle.
///
/// Keys are sorted, collections are put in a stable order and the text ends with a newline, so that an
/// export can be kept under version control, diffed, and re-exported after an import without a single change.
public struct ProgrammeBundleWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The JSON document for `bundle`, pretty-printed, ending with a newline.
    ///
    /// Throws a `ValidationError` when a milestone belongs to no place in the bundle: the file nests milestones
    /// under their place, so such a milestone has nowhere to go and would otherwise be lost without a word.
    public func data(for bundle: ProgrammeBundle) throws -> Data {
        var bytes = CanonicalJSONWriter().bytes(for: try document(for: bundle))
        bytes.append(UInt8(ascii: "\n"))
        return Data(bytes)
    }

    // The whole document as a JSON value, collections in their stable order and milestones under their places.
    func document(for bundle: ProgrammeBundle) throws -> JSONValue {
        let placeIDs = Set(bundle.places.map(\.id))
        let orphans = bundle.milestones.filter { milestone in milestone.placeID.map(placeIDs.contains) != true }
        try ValidationError.check(
            orphans.map { milestone in
                FieldProblem(
                    field: "milestones",
                    message: "The milestone \"\(milestone.title)\" (\(milestone.id)) belongs to no place in the "
                        + "bundle; a bundle keeps each milestone under its place."
                )
            }
        )
        let milestonesByPlace = Dictionary(grouping: bundle.milestones) { $0.placeID }

        let sortedPlaces = bundle.places.sorted(by: Self.bySlug)
        var places: [JSONValue] = []
        for (place, var members) in zip(sortedPlaces, try records(for: sortedPlaces)) {
            let journey = (milestonesByPlace[place.id] ?? []).sorted(by: Self.journeyOrder)
            members[ProgrammeBundleFormat.milestonesKey] = .array(
                try records(for: journey).map { milestone in
                    var nested = milestone
                    nested.removeValue(forKey: ProgrammeBundleFormat.impliedPlaceKey)
                    return .object(nested)
                }
            )
            places.append(.object(members))
        }

        return .object([
            ProgrammeBundleFormat.formatKey: .string(ProgrammeBundle.formatName),
            ProgrammeBundleFormat.versionKey: .number(Double(ProgrammeBundle.currentVersion)),
            ProgrammeBundleFormat.programmeKey: try JSONValue.encoding(bundle.programme),
            EntityKind.enabler.collectionKey: try array(
                bundle.enablers.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
            ),
            EntityKind.learningArea.collectionKey: try array(
                bundle.learningAreas.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
            ),
            EntityKind.place.collectionKey: .array(places),
            EntityKind.organisation.collectionKey: try array(bundle.organisations.sorted(by: Self.bySlug)),
            EntityKind.story.collectionKey: try array(bundle.stories.sorted(by: Self.bySlug)),
            EntityKind.caseStudy.collectionKey: try array(bundle.caseStudies.sorted(by: Self.bySlug)),
            EntityKind.newsPost.collectionKey: try array(bundle.newsPosts.sorted(by: Self.bySlug)),
            EntityKind.testimony.collectionKey: .array(
                try records(for: bundle.testimonies.sorted { $0.id < $1.id }).map { members in
                    var members = members
                    let id = members["id"]?.stringValue.flatMap(Testimony.ID.init)
                    if let id, let cues = bundle.transcripts[id], !cues.isEmpty {
                        members[ProgrammeBundleFormat.transcriptKey] = try JSONValue.encoding(cues)
                    }
                    return .object(members)
                }
            ),
            EntityKind.clip.collectionKey: try array(
                bundle.clips.sorted {
                    ($0.testimonyID?.description ?? "", $0.startMs, $0.id) < (
                        $1.testimonyID?.description ?? "", $1.startMs, $1.id
                    )
                }
            ),
            EntityKind.report.collectionKey: .array(
                try records(for: bundle.reports.sorted(by: Self.bySlug)).map { members in
                    var members = members
                    let id = members["id"]?.stringValue.flatMap(Report.ID.init)
                    if let id, let versions = bundle.reportVersions[id], !versions.isEmpty {
                        members[ProgrammeBundleFormat.publishedVersionsKey] = .array(
                            try versions.sorted { $0.number < $1.number }.map(versionRecord))
                    }
                    return .object(members)
                }
            ),
            EntityKind.reportSection.collectionKey: try array(
                bundle.reportSections.sorted {
                    ($0.reportID?.description ?? "", $0.position, $0.id) < (
                        $1.reportID?.description ?? "", $1.position, $1.id
                    )
                }
            ),
            EntityKind.indicator.collectionKey: try array(bundle.indicators.sorted { $0.id < $1.id }),
            EntityKind.indicatorFigure.collectionKey: try array(bundle.indicatorFigures.sorted { $0.id < $1.id }),
            EntityKind.countsExample.collectionKey: try array(bundle.countsExamples.sorted { $0.id < $1.id }),
            EntityKind.reflectiveLog.collectionKey: try array(bundle.reflectiveLogs.sorted { $0.id < $1.id }),
            EntityKind.programmeTheory.collectionKey: try array(bundle.programmeTheories.sorted { $0.id < $1.id }),
            EntityKind.theoryEvidence.collectionKey: try array(bundle.theoryEvidence.sorted { $0.id < $1.id }),
            EntityKind.document.collectionKey: try array(bundle.documents.sorted { $0.id < $1.id }),
        ])
    }

    /// One published version as the file keeps it: its number, when, and the report and sections as published.
    func versionRecord(_ version: ReportVersion) throws -> JSONValue {
        .object([
            "number": .number(Double(version.number)),
            "published_at": .string(ProgrammeBundleFormat.timestamp(version.publishedAt)),
            "report": .object(try records(for: [version.snapshot.report]).first ?? [:]),
            "sections": .array(try records(for: version.snapshot.sections).map(JSONValue.object)),
        ])
    }

    func array<Entity: ContentEntity>(_ entities: [Entity]) throws -> JSONValue {
        .array(try records(for: entities).map(JSONValue.object))
    }

    // Each entity's own Codable encoding (dates as `JSONValue.encoding` writes them), less its author: who typed
    // it in belongs to the workspace, not the export. A whole collection is encoded and parsed in one pass,
    // which is several times faster than `JSONValue.encoding` record by record.
    func records<Entity: ContentEntity>(for entities: [Entity]) throws -> [[String: JSONValue]] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let parsed = try StrictJSONParser(maximumDepth: ProgrammeBundleReader.maximumNestingDepth)
            .parse(try encoder.encode(entities))
        return try (parsed.arrayValue ?? []).map { element in
            guard var members = element.objectValue else {
                throw ValidationError([
                    FieldProblem(
                        field: Entity.kind.collectionKey,
                        message: "A \(Entity.kind.singularName) did not encode as a JSON object."
                    )
                ])
            }
            members.removeValue(forKey: ProgrammeBundleFormat.authorKey)
            return members
        }
    }

    // Ties are broken by id so that the order never depends on the order the bundle happened to hold.
    static func bySlug<Entity: ContentEntity>(_ lhs: Entity, _ rhs: Entity) -> Bool {
        (lhs.publicSlug ?? "", lhs.id) < (rhs.publicSlug ?? "", rhs.id)
    }

    // A journey reads in time order; undated milestones come first, where an editor will notice them.
    static func journeyOrder(_ lhs: Milestone, _ rhs: Milestone) -> Bool {
        switch (lhs.date, rhs.date) {
        case (let left?, let right?) where left != right: return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        default: break
        }
        return (lhs.title, lhs.id) < (rhs.title, rhs.id)
    }
}
