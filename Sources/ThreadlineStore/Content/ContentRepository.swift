public import ThreadlineCore

/// Stores one kind of programme content.
///
/// Controllers depend on this protocol, not on SQL, so they can be tested against any implementation
/// and the same code serves SQLite and PostgreSQL.
public protocol ContentRepository<Entity>: Sendable {
    /// The kind stored.
    associatedtype Entity: ContentEntity

    /// The item with `id`, or `nil`.
    func get(_ id: Entity.ID) async throws -> Entity?
    /// The item whose URL name is `slug`, or `nil` (always `nil` for kinds without pages).
    func get(slug: String) async throws -> Entity?
    /// One page of items matching `query`, in the kind's natural order.
    func list(_ query: ContentQuery) async throws -> Page<Entity>
    /// The items with these IDs that exist, in the kind's natural order.
    func get(ids: [Entity.ID]) async throws -> [Entity]
    /// Stores a new item. Throws `StoreError.conflict` for a duplicate URL name or a reference to nothing.
    func create(_ item: Entity) async throws
    /// Replaces an existing item. Throws `StoreError.notFound` when it does not exist.
    func update(_ item: Entity) async throws
    /// Deletes an item, taking it out of other items' lists. Throws `StoreError.notFound` when it does not exist.
    func delete(_ id: Entity.ID) async throws
    /// How many items of any kind refer to the item with `id`.
    func referenceCount(to id: Entity.ID) async throws -> Int
}

extension ContentRepository {
    /// Every item matching `query`'s filters, page after page (its limit and offset are ignored).
    public func all(_ query: ContentQuery = ContentQuery()) async throws -> [Entity] {
        var items: [Entity] = []
        var page = query
        page.limit = ContentQuery.maximumLimit
        page.offset = 0
        while true {
            let batch = try await list(page)
            items += batch.items
            if batch.items.count < page.limit { return items }
            page.offset += batch.items.count
        }
    }
}
