import Crypto
import Foundation
import ThreadlineCore
import ThreadlineStore

/// What a story or case study page is made from, reduced to one SHA-256 per page, so that an export can leave a
/// page alone without rendering it when none of its inputs changed since the page was written.
///
/// A page's fingerprint covers everything `PublicSite.story(slug:)` and `caseStudy(slug:)` read: the item itself
/// (every stored field), the programme (the layout shows its name and language), the linked place and enabler as
/// the public sees them, each linked organisation, the published report passages that cite the item, and the
/// templates, base URL and rendering code. Everything is read once per export, before any page is rendered: a
/// change made while the export runs then shows as a different fingerprint next time, never as a stale page kept.
public struct SiteInputFingerprints: Sendable {
    /// Bump whenever code that shapes a story or case study page changes (view models, Markdown rendering, the
    /// layout's navigation, `PublicSite.narrative`): the templates are hashed, the code cannot be.
    public static let renderCodeVersion = 1

    /// The templates, base URL and code version.
    public let renderVersion: String
    /// The programme, as stored.
    public let programme: String
    /// Published places' digests by ID; a place missing here is one the public cannot see.
    public let places: [Place.ID: String]
    /// Published enablers' digests by ID.
    public let enablers: [Enabler.ID: String]
    /// Published organisations' digests by ID.
    public let organisations: [Organisation.ID: String]
    /// The digest of the published citations of each cited item, with the citing reports as they are now.
    public let citations: [ReportCitation.Target: String]

    /// Reads every input shared by pages from the store. `templateDigest` must be taken before the templates are
    /// loaded for rendering, for the same reason as above.
    public static func load(
        store: ThreadlineStore, places: [Place], enablers: [Enabler], templateDigest: String, baseURL: String
    ) async throws -> SiteInputFingerprints {
        var version = FingerprintHasher()
        version.add("threadline-site-render \(renderCodeVersion)")
        version.add(buildIdentity())
        version.add(templateDigest)
        version.add(baseURL)
        var programme = FingerprintHasher()
        programme.add(try FingerprintHasher.json(try await store.programme.get()))
        let organisations = try await store.organisations.all(.published).filter {
            AccessPolicy.canView($0, as: .anonymous)
        }
        return SiteInputFingerprints(
            renderVersion: version.finish(), programme: programme.finish(), places: try digests(places),
            enablers: try digests(enablers), organisations: try digests(organisations),
            citations: try await citationDigests(store))
    }

    /// The running program's size and modification time: a new build of Threadline renders every page once, so
    /// a change to page code cannot leave pages from the old code standing even if `renderCodeVersion` was not
    /// bumped. (Reading the file's attributes costs nothing; hashing the binary would cost a second.)
    public static func buildIdentity() -> String {
        let path = Bundle.main.executablePath ?? ProcessInfo.processInfo.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown build" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "build \(size) \(modified)"
    }

    private static func digests<Entity: ContentEntity>(_ items: [Entity]) throws -> [Entity.ID: String] {
        var result: [Entity.ID: String] = [:]
        for item in items {
            var hasher = FingerprintHasher()
            hasher.add(try FingerprintHasher.json(item))
            result[item.id] = hasher.finish()
        }
        return result
    }

    /// Each cited target's citations in the order `PublicSite.citedIn` lists them, each with its report.
    private static func citationDigests(_ store: ThreadlineStore) async throws -> [ReportCitation.Target: String] {
        let citations = try await store.reportVersions.allCitations()
        guard !citations.isEmpty else { return [:] }
        let reports = try await store.reports.get(ids: Array(Set(citations.map(\.reportID))))
        var reportDigests: [Report.ID: String] = [:]
        for report in reports {
            var hasher = FingerprintHasher()
            hasher.add(AccessPolicy.canView(report, as: .anonymous) ? "visible" : "hidden")
            hasher.add(try FingerprintHasher.json(report))
            reportDigests[report.id] = hasher.finish()
        }
        var hashers: [ReportCitation.Target: FingerprintHasher] = [:]
        for citation in citations {
            var hasher = hashers[citation.target] ?? FingerprintHasher()
            hasher.add(citation.reportID.description)
            hasher.add(reportDigests[citation.reportID] ?? "missing")
            hasher.add(citation.reportTitle)
            hasher.add(citation.sectionID.description)
            hasher.add(citation.sectionTitle)
            hasher.add(citation.sectionAnchor)
            hashers[citation.target] = hasher
        }
        return hashers.mapValues { $0.finish() }
    }

    /// A story page's fingerprint.
    public func story(_ story: Story) throws -> String {
        try narrative(
            kind: "story", item: story, placeID: story.placeID, enablerID: story.enablerID,
            organisationIDs: story.organisationIDs, cited: .story(slug: story.slug))
    }

    /// A case study page's fingerprint.
    public func caseStudy(_ study: CaseStudy) throws -> String {
        try narrative(
            kind: "case-study", item: study, placeID: study.placeID, enablerID: study.enablerID,
            organisationIDs: study.organisationIDs, cited: .caseStudy(slug: study.slug))
    }

    private func narrative(
        kind: String, item: some ContentEntity, placeID: Place.ID?, enablerID: Enabler.ID?,
        organisationIDs: [Organisation.ID], cited: ReportCitation.Target
    ) throws -> String {
        var hasher = FingerprintHasher()
        hasher.add(kind)
        hasher.add(renderVersion)
        hasher.add(programme)
        hasher.add(try FingerprintHasher.json(item))
        hasher.add(placeID.map { places[$0] ?? "hidden" } ?? "none")
        hasher.add(enablerID.map { enablers[$0] ?? "hidden" } ?? "none")
        hasher.add(String(organisationIDs.count))
        for id in organisationIDs { hasher.add(organisations[id] ?? "hidden") }
        hasher.add(citations[cited] ?? "uncited")
        return hasher.finish()
    }

    /// The digest of the built-in templates and the overrides in `overridePath`, read as `PageRenderer` reads them.
    public static func templateDigest(overridePath: String?) throws -> String {
        var hasher = FingerprintHasher()
        if let folder = SiteResources.url("templates") {
            hasher.add("built-in")
            try addFiles(in: folder.path, to: &hasher)
        }
        if let overridePath {
            hasher.add("overrides")
            try addFiles(in: overridePath, to: &hasher)
        }
        return hasher.finish()
    }

    /// Every file of a folder and its sub-folders, names and bytes, in name order: more than the renderer loads is
    /// harmless (a needless render), less could keep a stale page.
    private static func addFiles(in folder: String, to hasher: inout FingerprintHasher) throws {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return }
        var names: [String] = []
        while let name = walker.nextObject() as? String { names.append(name) }
        for name in names.sorted() {
            var isFolder: ObjCBool = false
            let path = folder + "/" + name
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            hasher.add(name)
            hasher.add(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }
}

/// SHA-256 over a sequence of fields, each preceded by its length so that no two sequences hash alike by
/// running one field into the next.
public struct FingerprintHasher {
    private var hash = SHA256()

    public mutating func add(_ text: String) { add(Data(text.utf8)) }

    public mutating func add(_ data: Data) {
        withUnsafeBytes(of: UInt64(data.count).littleEndian) { hash.update(bufferPointer: $0) }
        hash.update(data: data)
    }

    public func finish() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in hash.finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The value as JSON with sorted keys: every stored field, the same bytes for the same value.
    public static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }
}
