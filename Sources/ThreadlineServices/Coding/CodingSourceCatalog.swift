import Foundation
import ThreadlineCore
import ThreadlineStore

/// What the coding analysis pages need to know about every codable source, read once per page: its title, place,
/// enabler and (for a testimony) the length of its recording, with the names of places and enablers.
public struct CodingSourceCatalog {
    /// One source's facts.
    public struct Entry {
        public var title: String
        public var placeID: Place.ID?
        public var enablerID: Enabler.ID?
        public var durationMs: Int?
    }

    public var entries: [CodingSource: Entry]
    public var places: [Place]
    public var enablers: [Enabler]
    private var placeNames: [Place.ID: String]
    private var enablerNames: [Enabler.ID: String]

    /// The repositories a catalogue is read from.
    public struct Repositories: Sendable {
        public let stories: any ContentRepository<Story>
        public let caseStudies: any ContentRepository<CaseStudy>
        public let reflectiveLogs: any ContentRepository<ReflectiveLog>
        public let testimonies: any ContentRepository<Testimony>
        public let documents: any ContentRepository<Document>
        public let places: any ContentRepository<Place>
        public let enablers: any ContentRepository<Enabler>

        /// Takes them from the whole store: for the composition root, which alone holds it.
        public init(store: ThreadlineStore) {
            stories = store.stories
            caseStudies = store.caseStudies
            reflectiveLogs = store.reflectiveLogs
            testimonies = store.testimonies
            documents = store.documents
            places = store.places
            enablers = store.enablers
        }
    }

    /// Reads every story, case study, reflective log, document and testimony, place and enabler.
    public static func load(from store: Repositories) async throws -> CodingSourceCatalog {
        var entries: [CodingSource: Entry] = [:]
        for story in try await store.stories.all() {
            entries[CodingSource(story: story.id)] = Entry(
                title: story.title, placeID: story.placeID, enablerID: story.enablerID)
        }
        for study in try await store.caseStudies.all() {
            entries[CodingSource(caseStudy: study.id)] = Entry(
                title: study.title, placeID: study.placeID, enablerID: study.enablerID)
        }
        for log in try await store.reflectiveLogs.all() {
            entries[CodingSource(reflectiveLog: log.id)] = Entry(
                title: log.title, placeID: log.placeID, enablerID: log.enablerIDs.first)
        }
        for document in try await store.documents.all() {
            entries[CodingSource(document: document.id)] = Entry(
                title: document.title, placeID: document.placeID, enablerID: document.enablerID)
        }
        for testimony in try await store.testimonies.all() {
            entries[CodingSource(testimony: testimony.id)] = Entry(
                title: testimony.title, placeID: testimony.placeID, enablerID: testimony.enablerID,
                durationMs: testimony.durationMs)
        }
        let places = try await store.places.all().sorted { $0.name.lowercased() < $1.name.lowercased() }
        let enablers = try await store.enablers.all().sorted { ($0.number, $0.name) < ($1.number, $1.name) }
        return CodingSourceCatalog(entries: entries, places: places, enablers: enablers)
    }

    public init(entries: [CodingSource: Entry], places: [Place], enablers: [Enabler]) {
        self.entries = entries
        self.places = places
        self.enablers = enablers
        placeNames = Dictionary(places.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        enablerNames = Dictionary(
            enablers.map { ($0.id, Self.enablerLabel($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// How an enabler is named in tables: "3. Shared leadership".
    public static func enablerLabel(_ enabler: Enabler) -> String { "\(enabler.number). \(enabler.name)" }

    /// The source's title; a source deleted since it was coded is named as such rather than dropped.
    public func title(of source: CodingSource) -> String {
        guard let entry = entries[source] else { return "Deleted \(source.kind.singularName) (\(source.idText))" }
        return entry.title.nonBlank ?? "Untitled \(source.kind.singularName)"
    }

    /// The name of the source's place, if it has one.
    public func placeName(of source: CodingSource) -> String? {
        entries[source]?.placeID.map { placeNames[$0] ?? "Unknown place" }
    }

    /// The name of the source's enabler, if it has one.
    public func enablerName(of source: CodingSource) -> String? {
        entries[source]?.enablerID.map { enablerNames[$0] ?? "Unknown enabler" }
    }

    /// The name of a place by its key in a matrix.
    public func placeName(key: String) -> String? { Place.ID(key).flatMap { placeNames[$0] } }

    /// The label of an enabler by its key in a matrix.
    public func enablerName(key: String) -> String? { Enabler.ID(key).flatMap { enablerNames[$0] } }

    /// Each source's place and enabler, keyed as matrices key sources.
    public var placements: [String: SourcePlacement] {
        var result: [String: SourcePlacement] = [:]
        for (source, entry) in entries {
            result[source.key] = SourcePlacement(
                placeKey: entry.placeID?.description, enablerKey: entry.enablerID?.description)
        }
        return result
    }

    /// The coding page of a source, where a passage can be read in place.
    public static func codingPageURL(of source: CodingSource) -> String {
        "/workspace/coding/\(source.kind.rawValue)/\(source.idText)"
    }
}
