import Foundation

/// One public page of the static site: its address, how to render it, what the client-side search should know
/// of it, and the files that go with it (a testimony's recording and transcripts).
///
/// Rendering is deferred to a closure so the exporter can render and write one page at a time.
struct SitePage {
    /// The page's address on the site, `/stories/x`.
    var address: String
    /// The page's HTML, or `nil` when the public may not see it (it is then left out, with its files and entry).
    /// `nil` for an item that has no page of its own but is searchable (a milestone).
    var render: (() async throws -> String?)?
    /// The item as the client-side search lists it.
    var searchEntry: () async throws -> SiteSearchEntry? = { nil }
    /// Files served beside the page, at the same addresses as on the server.
    var attachments: () async throws -> [SiteAttachment] = { [] }
}

/// A file that goes with a page: bytes made for it, or a stored file copied as it is.
struct SiteAttachment {
    /// What the file holds.
    enum Content {
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
