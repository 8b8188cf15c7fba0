/// Why a viewer may not create or change content in a place.
public enum PlaceRefusal: String, Hashable, Sendable {
    /// Nobody is signed in.
    case signedOut
    /// A contributor with no places assigned yet.
    case noPlaces
    /// A contributor whose places do not include this one.
    case otherPlace

    /// The sentence shown to the viewer.
    public var message: String {
        switch self {
        case .signedOut:
            "Sign in to add content."
        case .noPlaces:
            "Your account has no places yet, so you cannot add or change content tied to a place. Ask an admin to "
                + "assign your places."
        case .otherPlace:
            "You can only add or change content for your own places."
        }
    }
}
