import Foundation

/// One public page of the static site: its address, how to render it, what the client-side search should know
/// of it, and the files that go with it (a testimony's recording and transcripts).
///
/// Rendering is deferred to a closure so the exporter can render and write one page at a time.
struct SitePage: Sendable {
    /// The page's address on the site, `/stories/x`.
    var address: String
    /// The page's HTML, or `nil` when the public may not see it (it is then left out, with its files and entry).
    /// `nil` for an item that has no page of its own but is searchable (a milestone).
    var render: (@Sendable () async throws -> String?)?
    /// The item as the client-side search lists it.
    var searchEntry: @Sendable () async throws -> SiteSearchEntry? = { nil }
    /// Files served beside the page, at the same addresses as on the server.
    var attachments: @Sendable () async throws -> [SiteAttachment] = { [] }

    /// Renders the page, its files and its search entry; `nil` when the public may not see it.
    func rendered() async throws -> RenderedSitePage? {
        guard let render else {
            return RenderedSitePage(address: address, html: nil, attachments: [], searchEntry: try await searchEntry())
        }
        guard let html = try await render() else { return nil }
        return RenderedSitePage(
            address: address, html: html, attachments: try await attachments(), searchEntry: try await searchEntry())
    }
}

/// A page rendered and ready to write.
struct RenderedSitePage: Sendable {
    /// The page's address.
    var address: String
    /// Its HTML; `nil` for an item that is only searchable.
    var html: String?
    /// Files served beside it.
    var attachments: [SiteAttachment]
    /// Its search entry.
    var searchEntry: SiteSearchEntry?
}

/// A file that goes with a page: bytes made for it, or a stored file copied as it is.
struct SiteAttachment: Sendable {
    /// What the file holds.
    enum Content: Sendable {
        /// Bytes made for the site (captions, transcripts).
        case bytes(Data)
        /// A stored file named by its SHA-256 (a recording), copied without being read into memory.
        case file(URL, sha256: String)
    }

    /// The file's address on the site, `/testimony/{id}/captions.vtt`.
    var address: String
    /// What the file holds.
    var content: Content
}
