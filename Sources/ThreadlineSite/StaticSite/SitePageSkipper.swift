import Foundation

/// Decides, for a page with an input fingerprint, whether the file the last export wrote for it can stay as it is
/// without rendering the page again.
///
/// Only when all of these hold: the last manifest records the page with the same fingerprint, and the file on
/// disk still has the size recorded. Anything missing means "render", never "keep".
public struct SitePageSkipper: Sendable {
    public let root: URL
    public let files: [String: String]
    public let pages: [String: SiteManifest.PageRecord]
    public let searchCache: SiteSearchCache

    public init(root: URL, previous: SiteManifest?, searchCache: SiteSearchCache) {
        self.root = root
        self.files = previous?.files ?? [:]
        self.pages = previous?.pages ?? [:]
        self.searchCache = searchCache
    }

    /// A skipper that keeps nothing: every page is rendered.
    public static let none = SitePageSkipper(
        root: URL(fileURLWithPath: "/"), previous: nil, searchCache: SiteSearchCache(records: [:]))

    /// Whether the page at the site-relative `path`, whose inputs now have fingerprint `inputs`, may be kept.
    public func canKeep(_ path: String, inputs: String) -> Bool {
        guard let record = pages[path], record.inputs == inputs, files[path] != nil else { return false }
        return SiteFileWriter.size(of: root.appendingPathComponent(path).path) == record.size
    }
}
