import ThreadlineCore
import ThreadlineStore

/// One kind of public page: how to find every page of that kind in the store, one at a time.
///
/// `SitePageList` lists the sources; a new kind of page is one more source there.
struct SitePageSource: Sendable {
    /// Calls `visit` with each page, in order, never holding more than one batch of items.
    let pages: @Sendable (SiteExportContext, _ visit: (SitePage) async throws -> Void) async throws -> Void

    /// A page that always exists at a fixed address (the home page, the news list).
    static func single(
        _ address: String, render: @escaping @Sendable (SiteExportContext) async throws -> String?
    ) -> SitePageSource {
        SitePageSource { context, visit in
            try await visit(SitePage(address: address, render: { @Sendable in try await render(context) }))
        }
    }

    /// A page for each published item of a kind with pages, at `SiteURL.of(item)`.
    ///
    /// - Parameters:
    ///   - repository: Where the items are stored.
    ///   - render: The item's page, by the same `PublicSite` function the server's route calls.
    ///   - search: The item's client-side search entry, if it has one.
    ///   - attachments: Files served beside the page.
    static func items<Entity: ContentEntity>(
        _ repository: @escaping @Sendable (ThreadlineStore) -> any ContentRepository<Entity>,
        render: (@Sendable (SiteExportContext, Entity) async throws -> String?)?,
        search: @escaping @Sendable (SiteExportContext, Entity) async throws -> SiteSearchEntry? = { _, _ in nil },
        attachments: @escaping @Sendable (SiteExportContext, Entity) async throws -> [SiteAttachment] = { _, _ in
            []
        }
    ) -> SitePageSource {
        SitePageSource { context, visit in
            let items = repository(context.store)
            var query = ContentQuery(status: .published)
            while true {
                let batch = try await items.list(query).items
                for item in batch where AccessPolicy.canView(item, as: .anonymous) {
                    var renderPage: (@Sendable () async throws -> String?)?
                    if let render {
                        renderPage = { @Sendable in try await render(context, item) }
                    }
                    let page = SitePage(
                        address: SiteURL.of(item), render: renderPage,
                        searchEntry: { @Sendable in try await search(context, item) },
                        attachments: { @Sendable in try await attachments(context, item) })
                    try await visit(page)
                }
                if batch.count < query.limit { return }
                query.offset += batch.count
            }
        }
    }
}

extension TestimonyPage {
    /// The page's HTML when the public may see it; `nil` for missing, withdrawn or expired testimony, which the
    /// static site leaves out entirely (the server's "no longer available" page names no testimony, but its
    /// address would).
    var publicHTML: String? {
        if case .page(let html) = self { return html }
        return nil
    }
}
