/// Who is looking: the public, or a signed-in user with a role.
public enum Viewer: Hashable, Sendable {
    /// Anyone, without signing in.
    case anonymous
    /// A workspace user.
    case user(User.ID, Role)

    /// The viewer's role, if signed in.
    public var role: Role? {
        if case .user(_, let role) = self { return role }
        return nil
    }
}
