extension AccessPolicy {
    /// Why `viewer` may not delete `item`, or `nil` when they may.
    ///
    /// Beyond `canDelete`, a contributor may not delete an item other content refers to (`isReferenced`): deleting it
    /// would change that content (a place's milestones go with it), which may be someone else's work.
    public static func deletionRefusal<Entity: ContentEntity>(of item: Entity, isReferenced: Bool, as viewer: Viewer)
        -> String?
    {
        guard canDelete(item, as: viewer) else {
            return "Your role cannot delete this \(Entity.kind.singularName)."
        }
        if viewer.role == .contributor, isReferenced {
            return "Other content refers to this \(Entity.kind.singularName); ask an editor to delete it."
        }
        return nil
    }
}
