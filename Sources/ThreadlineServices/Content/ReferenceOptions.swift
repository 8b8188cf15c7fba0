import ThreadlineCore
import ThreadlineStore

/// The choices offered by reference fields (a story's place, a milestone's enabler): every item of the
/// referenced kind, drafts included, labelled by its title.
public struct ReferenceOptions: Sendable {
    public let store: ThreadlineStore

    public func options(for kind: EntityKind) async throws -> [(id: String, label: String)] {
        try await store.visit(kind, Labels())()
    }

    /// Every item of one kind, labelled.
    private struct Labels: ContentKindVisitor {
        func visit<Entity: ContentEntity>(_ repository: any ContentRepository<Entity>)
            -> @Sendable () async throws -> [(id: String, label: String)]
        {
            {
                try await repository.all().map { item in
                    (item.id.description, item.displayTitle + (item.isPublished ? "" : " (draft)"))
                }
            }
        }
    }

    /// Creates the value from each of its fields.
    public init(store: ThreadlineStore) {
        self.store = store
    }
}
