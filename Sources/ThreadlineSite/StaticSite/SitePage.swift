import Foundation

/// One public page of the static site: its address, how to render it, what the client-side search should know
/// of it, and the files that go with it (a testimony's recording and transcripts).
///
/// Rendering is deferred to a closure so the exporter can render and write one page at a time.
public struct SitePage: Sendable {
    /// The page's address on the site, `/stories/x`.
    public var address: String
    /// The page's HTML, or `nil` when the public may not see it (it is then left out, with its files and entry).
    /// `nil` for an item that has no page of its own but is searchable (a milestone).
    public var render: (@Sendable () async throws -> String?)?
    /// The item as the client-side search lists it.
    public var searchEntry: @Sendable () async throws -> SiteSearchEntry? = { nil }
    /// Files served beside the page, at the same addresses as on the server.
    public var attachments: @Sendable () async throws -> [SiteAttachment] = { [] }
    /// The fingerprint of everything the page and its search entry are made from (`SiteInputFingerprints`), for
    /// kinds whose unchanged pages are kept without rendering; `nil` for pages always rendered.
    public var inputs: (@Sendable () throws -> String)? = nil
    /// Whether the public may see the page, for kinds whose listing alone does not say so (testimony and clips,
    /// whose consent is checked per item); `nil` when every page the source lists is public. The sitemap asks
    /// this rather than rendering every page.
    public var isPublic: (@Sendable () async throws -> Bool)? = nil

    /// Renders the page, its files and its search entry; `nil` when the public may not see it.
    ///
    /// A page whose fingerprint `skipper` finds unchanged is not rendered: it comes back with `kept` set and no
    /// HTML, and its search entry from the cache when the cache holds it under the same fingerprint.
    public func rendered(_ skipper: SitePageSkipper) async throws -> RenderedSitePage? {
        guard let render else {
            return RenderedSitePage(address: address, html: nil, attachments: [], searchEntry: try await searchEntry())
        }
        let fingerprint = try inputs?()
        if let fingerprint {
            let path = try SiteOutputPath.page(address)
            if skipper.canKeep(path, inputs: fingerprint) {
                var entry = skipper.searchCache.entry(for: path, inputs: fingerprint)
                if entry == nil { entry = try await searchEntry() }
                return RenderedSitePage(
                    address: address, html: nil, attachments: try await attachments(), searchEntry: entry,
                    inputs: fingerprint, kept: true)
            }
        }
        guard let html = try await render() else { return nil }
        return RenderedSitePage(
            address: address, html: html, attachments: try await attachments(), searchEntry: try await searchEntry(),
            inputs: fingerprint)
    }
}

/// A page rendered and ready to write.
public struct RenderedSitePage: Sendable {
    /// The page's address.
    public var address: String
    /// Its HTML; `nil` for an item that is only searchable.
    public var html: String?
    /// Files served beside it.
    public var attachments: [SiteAttachment]
    /// Its search entry.
    public var searchEntry: SiteSearchEntry?
    /// The fingerprint of its inputs, for pages that have one.
    public var inputs: String? = nil
    /// Whether the page was not rendered because the file the last export wrote is still right.
    public var kept = false
}

/// A file that goes with a page: bytes made for it, or a stored file copied as it is.
public struct SiteAttachment: Sendable {
    /// What the file holds.
    public enum Content: Sendable {
        /// Bytes made for the site (captions, transcripts).
        case bytes(Data)
        /// A stored file named by its SHA-256 (a recording), copied without being read into memory.
        case file(URL, sha256: String)
    }

    /// The file's address on the site, `/testimony/{id}/captions.vtt`.
    public var address: String
    /// What the file holds.
    public var content: Content
}
