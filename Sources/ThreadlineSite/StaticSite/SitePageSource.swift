import ThreadlineCore
import ThreadlineStore

/// One kind of public page: how to find every page of that kind in the store, one at a time.
///
/// `SitePageList` lists the sources; a new kind of page is one more source there.
public struct SitePageSource: Sendable {
    /// Calls `visit` with each page, in order, never holding more than one batch of items.
    public let pages: @Sendable (SiteExportContext, _ visit: (SitePage) async throws -> Void) async throws -> Void

    /// A page that always exists at a fixed address (the home page, the news list).
    public static func single(
        _ address: String, render: @escaping @Sendable (SiteExportContext) async throws -> String?
    ) -> SitePageSource {
        SitePageSource { context, visit in
            // A fixed page is public when it renders (the home page always does); the sitemap renders it to know.
            try await visit(
                SitePage(
                    address: address, render: { @Sendable in try await render(context) },
                    isPublic: { @Sendable in try await render(context) != nil }))
        }
    }

    /// A page for each published item of a kind with pages, at `SiteURL.of(item)`.
    ///
    /// - Parameters:
    ///   - repository: Where the items are stored.
    ///   - byPlace: List the items place by place (for kinds with a place and many items): a list sorted by title
    ///     and read with an offset makes SQLite sort every row again for each batch, which for ten thousand
    ///     stories cost more than rendering them; one place's items are few and found through an index.
    ///   - render: The item's page, by the same `PublicSite` function the server's route calls.
    ///   - search: The item's client-side search entry, if it has one.
    ///   - attachments: Files served beside the page.
    ///   - inputs: The fingerprint of everything the page and its search entry are made from, for kinds whose
    ///     unchanged pages are kept without rendering (see `SiteInputFingerprints`).
    ///   - isPublic: Whether the public may see the item's page, for kinds whose consent is checked per item; by
    ///     default every published item the anonymous reader may view has a public page.
    public static func items<Entity: ContentEntity>(
        _ repository: @escaping @Sendable (ThreadlineStore) -> any ContentRepository<Entity>,
        byPlace: Bool = false,
        render: (@Sendable (SiteExportContext, Entity) async throws -> String?)?,
        search: @escaping @Sendable (SiteExportContext, Entity) async throws -> SiteSearchEntry? = { _, _ in nil },
        attachments: @escaping @Sendable (SiteExportContext, Entity) async throws -> [SiteAttachment] = { _, _ in
            []
        },
        inputs: (@Sendable (SiteExportContext, Entity) throws -> String)? = nil,
        isPublic: (@Sendable (SiteExportContext, Entity) async throws -> Bool)? = nil
    ) -> SitePageSource {
        SitePageSource { context, visit in
            func page(_ item: Entity) -> SitePage {
                var renderPage: (@Sendable () async throws -> String?)?
                if let render {
                    renderPage = { @Sendable in try await render(context, item) }
                }
                var pageInputs: (@Sendable () throws -> String)?
                if let inputs {
                    pageInputs = { @Sendable in try inputs(context, item) }
                }
                var pageIsPublic: (@Sendable () async throws -> Bool)?
                if let isPublic {
                    pageIsPublic = { @Sendable in try await isPublic(context, item) }
                }
                return SitePage(
                    address: SiteURL.of(item), render: renderPage,
                    searchEntry: { @Sendable in try await search(context, item) },
                    attachments: { @Sendable in try await attachments(context, item) }, inputs: pageInputs,
                    isPublic: pageIsPublic)
            }
            let items = repository(context.store)
            var visited = 0
            if byPlace {
                for placeID in context.placeIDs {
                    visited += try await scan(items, ContentQuery(status: .published, placeID: placeID)) {
                        try await visit(page($0))
                    }
                }
                // Items with no place, or a place the public cannot see, need one pass over them all.
                let total = try await items.list(ContentQuery(status: .published, limit: 1)).total
                guard visited < total else { return }
            }
            _ = try await scan(items, ContentQuery(status: .published)) { item in
                if byPlace, let placeID = item.placeReference, context.placeSlugs[placeID] != nil { return }
                try await visit(page(item))
            }
        }
    }

    /// Calls `visit` with each item the public may see that `query` finds, a batch at a time; how many.
    private static func scan<Entity: ContentEntity>(
        _ items: any ContentRepository<Entity>, _ query: ContentQuery, _ visit: (Entity) async throws -> Void
    ) async throws -> Int {
        var query = query
        var count = 0
        while true {
            let batch = try await items.list(query).items
            for item in batch where AccessPolicy.canView(item, as: .anonymous) {
                try await visit(item)
                count += 1
            }
            if batch.count < query.limit { return count }
            query.offset += batch.count
        }
    }
}

extension TestimonyPage {
    /// The page's HTML when the public may see it; `nil` for missing, withdrawn or expired testimony, which the
    /// static site leaves out entirely (the server's "no longer available" page names no testimony, but its
    /// address would).
    public var publicHTML: String? {
        if case .page(let html) = self { return html }
        return nil
    }
}
