/// The one place that decides who may see and change what.
///
/// Every public page, feed, API response and export asks `canView`; the workspace and the API ask the
/// other rules. Keeping them here means a page cannot forget a rule by accident.
public enum AccessPolicy {
    /// Whether `viewer` may see `item`: the public sees only published items; any signed-in user sees all.
    ///
    /// Report sections are never public on their own: readers see them inside the report's published version,
    /// which may differ from the sections being edited.
    public static func canView(_ item: some ContentEntity, as viewer: Viewer) -> Bool {
        guard viewer.role == nil else { return true }
        return item.status == .published && type(of: item).kind != .reportSection
            && !type(of: item).kind.isInternalOnly
    }

    /// Whether `viewer` may create drafts at all; whether they may create a given one also depends on its place
    /// (`canCreate(_:as:)`).
    public static func canCreate(as viewer: Viewer) -> Bool {
        viewer.role != nil
    }

    /// Whether `viewer` may create `item` as a new draft: anyone signed in, and for place-linked kinds only in a
    /// place the viewer may work in (`canWork(inPlace:of:as:)`).
    public static func canCreate<Entity: ContentEntity>(_ item: Entity, as viewer: Viewer) -> Bool {
        canCreate(as: viewer) && canWork(inPlace: item.placeReference, of: Entity.self, as: viewer)
    }

    /// Whether `viewer` may edit `item`: editors and admins anything; contributors only their own drafts, and of a
    /// place-linked kind only in one of their places.
    public static func canEdit<Entity: ContentEntity>(_ item: Entity, as viewer: Viewer) -> Bool {
        switch viewer {
        case .anonymous: false
        case .user(let id, let role, _):
            role >= .editor
                || (item.authorID == id && item.status == .draft
                    && canWork(inPlace: item.placeReference, of: Entity.self, as: viewer))
        }
    }

    /// Whether `viewer` may store `changed` over `stored`: they may edit the stored item, and the changed one
    /// stays where they may work, so a contributor cannot move an item to another place.
    public static func canSave<Entity: ContentEntity>(_ changed: Entity, over stored: Entity, as viewer: Viewer)
        -> Bool
    {
        canEdit(stored, as: viewer) && canWork(inPlace: changed.placeReference, of: Entity.self, as: viewer)
    }

    /// Whether `viewer` may publish or unpublish.
    public static func canPublish(as viewer: Viewer) -> Bool {
        (viewer.role ?? .contributor) >= .editor
    }

    /// Whether items of `kind` may be published at all, by anyone: not those only the team ever sees.
    public static func canBePublished(_ kind: EntityKind) -> Bool {
        !kind.isInternalOnly
    }

    /// Whether `viewer` may delete `item`: editors and admins anything; contributors only their own drafts.
    public static func canDelete(_ item: some ContentEntity, as viewer: Viewer) -> Bool {
        canEdit(item, as: viewer)
    }

    /// Whether `viewer` may manage users.
    public static func canManageUsers(as viewer: Viewer) -> Bool {
        viewer.role == .admin
    }

    /// Whether `viewer` may read the audit trail: admins only, since it names every user and what they did.
    public static func canReadAuditTrail(as viewer: Viewer) -> Bool {
        viewer.role == .admin
    }

    /// Whether `viewer` may change the programme's description.
    public static func canEditProgramme(as viewer: Viewer) -> Bool {
        (viewer.role ?? .contributor) >= .editor
    }
}
