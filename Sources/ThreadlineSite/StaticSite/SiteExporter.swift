import Foundation
public import ThreadlineCore
import ThreadlineServices
public import ThreadlineStore

/// Writes the whole public site as static files: every public page, the news feed, `sitemap.xml`, `robots.txt`,
/// the stylesheet and scripts, the recordings and transcripts the public may have today, and a client-side search.
///
/// Pages are rendered by the same `PublicSite` functions as the server's routes, for an anonymous reader, so each
/// file holds exactly the bytes the server would send for its address. Pages are rendered and written one at a
/// time; a file whose bytes have not changed since the last export is not written again, and a file the last
/// export wrote that no longer belongs (an unpublished story, withdrawn testimony) is deleted. Story and case
/// study pages whose inputs are unchanged (`SiteInputFingerprints`) are not rendered at all.
public struct SiteExporter: Sendable {
    /// The data.
    public let store: ThreadlineStore
    /// The base URL (feed and sitemap addresses), media folder and template overrides, as the server uses them.
    public let configuration: WebConfiguration
    /// The folder to write the site into.
    public let outputPath: String
    /// Whether to write into a non-empty folder that holds no manifest of an earlier export.
    public let force: Bool
    /// The clock that says which day it is: consent to show testimony ends on a day.
    public let time: any TimeSource
    /// What draws the journeys' PNG files; without one only their SVG files are written.
    public let rasteriser: SVGRasteriser?

    /// Creates an exporter.
    ///
    /// - Parameters:
    ///   - store: The data.
    ///   - configuration: The site's base URL, media folder and template overrides.
    ///   - outputPath: The folder to write into; created when missing.
    ///   - force: Write into a non-empty folder that an earlier export did not write. Its other files stay.
    ///   - time: The clock.
    ///   - rasteriser: What draws journeys as PNG (by default whatever ``SVGRasteriser/located(environment:)``
    ///     finds); `nil` writes no PNGs and place pages do not link to any.
    public init(
        store: ThreadlineStore, configuration: WebConfiguration, outputPath: String, force: Bool = false,
        time: any TimeSource = SystemTimeSource(), rasteriser: SVGRasteriser? = SVGRasteriser.located()
    ) {
        self.store = store
        self.configuration = configuration
        self.outputPath = outputPath
        self.force = force
        self.time = time
        self.rasteriser = rasteriser
    }

    /// The page the static search runs in: the server's empty search page with the client-side script added.
    public static let searchAddress = "/search"
    /// The script tag the static search page adds before `</body>`.
    public static let searchScriptTag = "<script src=\"/assets/site-search.js\" defer></script>\n"

    /// Writes the site and says what changed.
    public func export() async throws -> SiteExportSummary {
        let started = ContinuousClock.now
        let root = URL(fileURLWithPath: outputPath, isDirectory: true).standardizedFileURL
        let previous = try prepare(root)
        let context = try await makeContext()
        let writer = SiteFileWriter(root: root, previous: previous)
        let skipper = SitePageSkipper(
            root: root, previous: previous,
            searchCache: previous == nil ? SiteSearchCache(records: [:]) : SiteSearchCache.read(in: root))
        var search = SiteSearchIndex()
        var searchCache = SiteSearchCache.Builder()
        var addresses: [String] = []

        // Places and enablers are loaded once for the whole export, not once per page (see PublicSite+ExportSnapshot).
        try await context.site.withExportSnapshot {
            // Pages are rendered a few at a time, on every core, and written one at a time in order: memory
            // holds one batch, never the site.
            var batch: [SitePage] = []
            func flush() async throws {
                for (source, rendered) in try await Self.render(batch, skipper) {
                    var page = rendered
                    if page.kept, let inputs = page.inputs,
                        !writer.keep(try SiteOutputPath.page(page.address), inputs: inputs)
                    {
                        // Cannot happen (the skipper and writer read one manifest); if it did, render after all.
                        guard let again = try await source.rendered(SitePageSkipper.none) else { continue }
                        page = again
                    }
                    if page.kept {
                        addresses.append(page.address)
                    } else if let html = page.html {
                        let path = try SiteOutputPath.page(page.address)
                        try writer.write(Data(html.utf8), to: path, inputs: page.inputs)
                        addresses.append(page.address)
                    }
                    for file in page.attachments {
                        let path = try SiteOutputPath.file(file.address)
                        switch file.content {
                        case .bytes(let data): try writer.write(data, to: path)
                        case .file(let url, let sha256): try writer.copy(fileAt: url, sha256: sha256, to: path)
                        }
                    }
                    if let entry = page.searchEntry {
                        try search.append(entry)
                        if let inputs = page.inputs {
                            try searchCache.append(
                                path: try SiteOutputPath.page(page.address), inputs: inputs, entry: entry)
                        }
                    }
                }
                batch.removeAll(keepingCapacity: true)
            }
            for source in SitePageList.sources {
                try await source.pages(context) { page in
                    batch.append(page)
                    if batch.count >= Self.batchSize { try await flush() }
                }
            }
            try await flush()

            try writer.write(Data(try await searchPage(context).utf8), to: try SiteOutputPath.page(Self.searchAddress))
            addresses.append(Self.searchAddress)
            try writer.write(Data(try await context.site.atomFeed().utf8), to: "feed.atom")
            let notFound = PublicSite.notFoundText
            try writer.write(
                Data(await context.site.errorPage(heading: notFound.0, message: notFound.1).utf8), to: "404.html")
        }
        try writeAssets(writer)
        try writer.write(search.finished(), to: SiteSearchIndex.path)
        try writer.write(SiteMap.xml(baseURL: configuration.baseURL, addresses: addresses), to: "sitemap.xml")
        try writer.write(SiteMap.robots(baseURL: configuration.baseURL), to: "robots.txt")

        let removed = writer.removeStale()
        // The cache before the manifest: its entries hold only under their own fingerprints, so it is right with
        // either manifest should the export stop between the two.
        try searchCache.write(in: root)
        let manifest = SiteManifest(files: writer.files, pages: writer.pages)
        let manifestURL = root.appendingPathComponent(SiteManifest.fileName)
        do {
            try manifest.data().write(to: manifestURL, options: .atomic)
        } catch {
            throw SiteExportError.unwritable(path: manifestURL.path, reason: error.localizedDescription)
        }
        let elapsed = ContinuousClock.now - started
        return SiteExportSummary(
            pages: addresses.count + 1, files: writer.files.count, writtenPaths: writer.writtenPaths,
            unchanged: writer.unchanged, kept: writer.kept, removedPaths: removed, bytesWritten: writer.bytesWritten,
            totalBytes: writer.totalBytes,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// How many pages are rendered at once.
    public static let batchSize = 32

    /// Renders `pages` concurrently (or keeps them, as `skipper` allows); the results in the same order, each with
    /// its page, leaving out pages the public may not see.
    private static func render(
        _ pages: [SitePage], _ skipper: SitePageSkipper
    ) async throws -> [(SitePage, RenderedSitePage)] {
        try await withThrowingTaskGroup(of: (Int, RenderedSitePage?).self) { group in
            for (position, page) in pages.enumerated() {
                group.addTask { (position, try await page.rendered(skipper)) }
            }
            var results = [RenderedSitePage?](repeating: nil, count: pages.count)
            for try await (position, page) in group { results[position] = page }
            return zip(pages, results).compactMap { page, rendered in rendered.map { (page, $0) } }
        }
    }

    /// Creates the folder if needed, refuses a foreign one, and reads the manifest of the last export.
    private func prepare(_ root: URL) throws(SiteExportError) -> SiteManifest? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .unwritable(path: root.path, reason: "it is a file, not a folder.")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            } catch {
                throw .unwritable(path: root.path, reason: error.localizedDescription)
            }
        }
        guard FileManager.default.isWritableFile(atPath: root.path) else {
            throw .unwritable(path: root.path, reason: "the folder is not writable by this user.")
        }
        let manifest = try SiteManifest.read(in: root)
        if manifest == nil, !force {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            if !contents.isEmpty { throw .foreignDirectory(path: root.path) }
        }
        return manifest
    }

    private func makeContext() async throws -> SiteExportContext {
        // The templates are hashed before they are loaded, and the other inputs read before any page is rendered:
        // whatever changes meanwhile is then newer than the fingerprint, and renders next time.
        let templateDigest = try SiteInputFingerprints.templateDigest(overridePath: configuration.templatesPath)
        let renderer = try await PageRenderer(overridePath: configuration.templatesPath)
        let site = PublicSite(
            store: store, renderer: renderer, baseURL: configuration.baseURL, time: time, rasteriser: rasteriser)
        return try await SiteExportContext.make(
            site: site, configuration: configuration, templateDigest: templateDigest)
    }

    /// The search page: the server's page for an empty search (same template, same filters), with the script
    /// that answers searches from `search-index.json` in the reader's browser.
    private func searchPage(_ context: SiteExportContext) async throws -> String {
        let model = SearchViewModel.make(
            form: SearchForm(parameters: [:]), results: nil, hits: [],
            places: try await store.places.all(.published), enablers: try await store.enablers.all(.published))
        let html = try await context.site.searchPage(model)
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + Self.searchScriptTag }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: Self.searchScriptTag)
    }

    /// The built-in stylesheet and scripts, as the server's `/assets/{name}` serves them.
    private func writeAssets(_ writer: SiteFileWriter) throws {
        guard let folder = SiteResources.url("assets") else { throw SiteExportError.missingAssets }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where !name.hasPrefix(".") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            try writer.write(data, to: try SiteOutputPath.file("/assets/\(name)"))
        }
    }
}
