import ThreadlineCore
import ThreadlineStore

extension ContentRepository {
    /// Why `viewer` may not delete `item`, or `nil` when they may.
    ///
    /// Beyond `AccessPolicy`, a contributor may not delete an item other content refers to: deleting it would
    /// change that content (a place's milestones go with it), which may be someone else's work.
    func deletionRefusal(_ item: Entity, as viewer: Viewer) async throws -> String? {
        guard AccessPolicy.canDelete(item, as: viewer) else {
            return "Your role cannot delete this \(Entity.kind.singularName)."
        }
        if viewer.role == .contributor, try await referenceCount(to: item.id) > 0 {
            return "Other content refers to this \(Entity.kind.singularName); ask an editor to delete it."
        }
        return nil
    }
}
