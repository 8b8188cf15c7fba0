/// Who is looking: the public, or a signed-in user with a role.
public enum Viewer: Hashable, Sendable {
    /// Anyone, without signing in.
    case anonymous
    /// A workspace user, with the places they work in (what limits a contributor; see `AccessPolicy`). The places
    /// default to none, so a viewer built without them is refused rather than let into every place.
    case user(User.ID, Role, places: Set<Place.ID> = [])

    /// The viewer's role, if signed in.
    public var role: Role? {
        if case .user(_, let role, _) = self { return role }
        return nil
    }

    /// The places the viewer works in; empty for the public and for a user with none assigned.
    public var places: Set<Place.ID> {
        if case .user(_, _, let places) = self { return places }
        return []
    }
}
