/// What a workspace user may do.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Creates and edits drafts; cannot publish, nor delete others' work.
    case contributor
    /// Edits and publishes all content.
    case editor
    /// Everything an editor can, plus managing users.
    case admin

    private var rank: Int {
        switch self {
        case .contributor: 0
        case .editor: 1
        case .admin: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
