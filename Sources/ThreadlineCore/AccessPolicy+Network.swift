extension AccessPolicy {
    /// Whether `viewer` may make network survey waves, import members and ties, and make or withdraw links: editors
    /// and admins, since a wave's members and links decide whose view of whom is recorded.
    public static func canManageNetworks(as viewer: Viewer) -> Bool {
        (viewer.role ?? .contributor) >= .editor
    }

    /// Whether `viewer` may read network waves and their results: anyone signed in. Results name organisations and
    /// how much their partners trust them, so they are never on the public site.
    public static func canReadNetworks(as viewer: Viewer) -> Bool {
        viewer.role != nil
    }
}
