import Foundation
import Testing
import ThreadlineCore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineSite

/// A static export in a temporary folder, for the static site tests: runs the exporter over a hub and reads
/// back what it wrote.
struct ExportedSite {
    let folder: URL

    /// A new, not yet created, temporary folder.
    static func make() -> ExportedSite {
        ExportedSite(
            folder: FileManager.default.temporaryDirectory.appendingPathComponent(
                "threadline-site-\(UUID().uuidString)"))
    }

    /// Exports `hub`'s site into the folder, as `threadline site` would, on the hub's clock.
    @discardableResult
    func export(
        _ hub: TestHub, force: Bool = false, at time: Date = TestHub.now, templates: String? = nil
    ) async throws -> SiteExportSummary {
        var configuration = hub.dependencies.configuration
        if let templates { configuration.templatesPath = templates }
        return try await SiteExporter(
            store: hub.store, configuration: configuration, outputPath: folder.path, force: force,
            time: FixedTimeSource(time), rasteriser: hub.dependencies.rasteriser
        ).export()
    }

    /// The manifest's record of written files: site-relative path → SHA-256.
    func manifest() throws -> [String: String] {
        let data = try Data(contentsOf: folder.appendingPathComponent(".threadline-site.json"))
        let object = try #require(try JSONValue.parse(data).objectValue)
        let files = try #require(object["files"]?.objectValue)
        return files.compactMapValues(\.stringValue)
    }

    /// Every file in the folder (the manifest included), by site-relative path.
    func allFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))
            }
        }
        return files
    }

    /// The bytes of one file.
    func data(_ path: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(path))
    }

    /// The server address a written file answers for: `stories/x/index.html` → `/stories/x`, `index.html` → `/`,
    /// `feed.atom` → `/feed.atom`.
    static func address(of path: String) -> String {
        if path == "index.html" { return "/" }
        if path.hasSuffix("/index.html") { return "/" + path.dropLast("/index.html".count) }
        return "/" + path
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
