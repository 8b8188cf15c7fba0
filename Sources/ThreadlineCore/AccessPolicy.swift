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
    }

    /// Whether `viewer` may create drafts.
    public static func canCreate(as viewer: Viewer) -> Bool {
        viewer.role != nil
    }

    /// Whether `viewer` may edit `item`: editors and admins anything; contributors only their own drafts.
    public static func canEdit(_ item: some ContentEntity, as viewer: Viewer) -> Bool {
        switch viewer {
        case .anonymous: false
        case .user(let id, let role): role >= .editor || (item.authorID == id && item.status == .draft)
        }
    }

    /// Whether `viewer` may publish or unpublish.
    public static func canPublish(as viewer: Viewer) -> Bool {
        (viewer.role ?? .contributor) >= .editor
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
