import ThreadlineCore
import ThreadlineStore

extension ContentRepository {
    /// Why `viewer` may not delete `item`, or `nil` when they may (`AccessPolicy.deletionRefusal`); counts the
    /// references to it only when the rule needs them.
    public func deletionRefusal(_ item: Entity, as viewer: Viewer) async throws -> String? {
        let needsCount = viewer.role == .contributor && AccessPolicy.canDelete(item, as: viewer)
        let isReferenced = needsCount ? try await referenceCount(to: item.id) > 0 : false
        return AccessPolicy.deletionRefusal(of: item, isReferenced: isReferenced, as: viewer)
    }
}
