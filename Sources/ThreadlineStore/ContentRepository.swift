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
    /// Deletes an item. Throws `StoreError.notFound` when it does not exist.
    func delete(_ id: Entity.ID) async throws
}
