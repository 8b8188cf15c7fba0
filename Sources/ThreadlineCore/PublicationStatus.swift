/// Whether an item is visible to the public.
public enum PublicationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Visible only in the workspace.
    case draft
    /// Visible on the public site, in feeds and in exports.
    case published
}
