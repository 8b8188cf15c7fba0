/// Someone who codes evidence: a workspace user, or a person named in a project imported from another tool.
///
/// Codings name a coder rather than a user so that an NVivo or ATLAS.ti project keeps its coders apart on
/// import even when they have no account here; a coder who is a user has the user's ID.
public struct Coder: Hashable, Sendable, Codable, Identifiable {
    /// Its identifier's type; also the user's GUID in REFI-QDA exchange.
    public typealias ID = EntityID<Coder>

    /// Its identifier; equal to the user's ID for a workspace user.
    public var id: ID
    /// The name shown beside their codings.
    public var name: String
    /// The workspace user this coder is, if any.
    public var userID: User.ID?

    /// Creates a coder.
    public init(id: ID, name: String, userID: User.ID? = nil) {
        self.id = id
        self.name = name
        self.userID = userID
    }

    /// The coder that stands for a workspace user.
    public init(user: User) {
        self.init(id: ID(user.id.rawValue), name: user.displayName, userID: user.id)
    }

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case userID = "user_id"
    }
}
