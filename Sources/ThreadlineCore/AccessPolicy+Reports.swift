extension AccessPolicy {
    /// Whether `viewer` may put a section into `report`: editors and admins into any report; a contributor only into
    /// a report they started. (Reports belong to the whole programme, not to a place, so a contributor's own
    /// reports are the only ones that are theirs.) A section added to someone else's report would sit among the
    /// sections an editor publishes.
    public static func canAddSection(to report: Report, as viewer: Viewer) -> Bool {
        switch viewer {
        case .anonymous: false
        case .user(let id, let role, _): role >= .editor || report.authorID == id
        }
    }
}
