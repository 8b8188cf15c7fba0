import Foundation

/// The record a static export keeps in its folder of the files it wrote and the SHA-256 of each, so that the next
/// export rewrites only what changed and deletes only what it wrote itself.
public struct SiteManifest: Codable, Equatable, Sendable {
    /// The manifest's file name inside the output folder.
    public static let fileName = ".threadline-site.json"
    /// The name of the format, so a stray JSON file of the same name is not taken for a manifest.
    public static let formatName = "threadline-site"

    public var format = SiteManifest.formatName
    public var version = 1
    /// Site-relative path → lower-case hexadecimal SHA-256 of the file's bytes.
    public var files: [String: String]
    /// Site-relative path → the fingerprint of the inputs a page was rendered from, and the page's size, for the
    /// pages that have one (stories and case studies). Absent in manifests written before fingerprints: every page
    /// is then rendered.
    public var pages: [String: PageRecord]?

    /// What a page was rendered from, and how many bytes it came to.
    public struct PageRecord: Codable, Equatable, Sendable {
        /// The `SiteInputFingerprints` fingerprint of the page's inputs.
        public var inputs: String
        /// The size of the file written.
        public var size: Int64
    }

    public init(files: [String: String] = [:], pages: [String: PageRecord]? = nil) {
        self.files = files
        self.pages = pages
    }

    /// Reads the manifest of `folder`; `nil` when there is none.
    public static func read(in folder: URL) throws(SiteExportError) -> SiteManifest? {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let manifest = try JSONDecoder().decode(SiteManifest.self, from: Data(contentsOf: url))
            guard manifest.format == formatName, manifest.version == 1 else {
                throw SiteExportError.unreadableManifest(
                    path: url.path, reason: "it is not a version 1 \(formatName) manifest")
            }
            return manifest
        } catch let error as SiteExportError {
            throw error
        } catch {
            throw .unreadableManifest(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The manifest as stable JSON: keys sorted, so an unchanged site gives an unchanged manifest.
    public func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
