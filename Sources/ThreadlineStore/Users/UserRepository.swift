public import Foundation
public import ThreadlineCore

/// Stores workspace users and checks their passwords.
public protocol UserRepository: Sendable {
    /// Stores a new user with a password. Throws `StoreError.conflict` when the email is taken.
    func create(_ user: User, password: String) async throws
    /// The user with `id`, or `nil`.
    func get(_ id: User.ID) async throws -> User?
    /// The user with this sign-in email (any case), or `nil`.
    func get(email: String) async throws -> User?
    /// Every user, by email.
    func all() async throws -> [User]
    /// The user when `password` is theirs; `nil` for an unknown email or a wrong password.
    func authenticate(email: String, password: String) async throws -> User?
    /// Replaces a user's password.
    func setPassword(_ id: User.ID, password: String) async throws
    /// Changes a user's role.
    func setRole(_ id: User.ID, role: Role) async throws
    /// Deletes a user; their content stays, without an author.
    func delete(_ id: User.ID) async throws
    /// The places a user works in (what limits a contributor's changes); empty when none are assigned.
    func places(of id: User.ID) async throws -> Set<Place.ID>
    /// Replaces the places a user works in, all at once. Throws `StoreError.notFound` for an unknown user and a
    /// `ValidationError` on `places` naming any place that does not exist; nothing changes then.
    func setPlaces(_ places: Set<Place.ID>, of id: User.ID) async throws
}

/// A signed-in browser session: whose it is and the token its forms must carry.
public struct Session: Sendable, Hashable {
    /// The signed-in user.
    public var user: User
    /// The CSRF token that every form posted in this session must carry.
    public var csrfToken: String
    /// When the session ends.
    public var expiresAt: Date

    /// Creates a session value.
    public init(user: User, csrfToken: String, expiresAt: Date) {
        self.user = user
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

/// Stores browser sessions in the database, so that any Threadline process can serve any request.
public protocol SessionRepository: Sendable {
    /// Starts a session for a user; returns the secret for the cookie and the session.
    func create(for user: User, now: Date, lifetime: TimeInterval) async throws -> (token: String, session: Session)
    /// The live session for a cookie secret, or `nil` when unknown or expired.
    func resolve(token: String, now: Date) async throws -> Session?
    /// Ends a session.
    func delete(token: String) async throws
    /// Removes expired sessions.
    func deleteExpired(now: Date) async throws
}

/// A named API token of a user (its secret is shown once, when created).
public struct APIToken: Sendable, Hashable, Codable, Identifiable {
    /// Its identifier.
    public var id: EntityID<APIToken>
    /// Whose it is.
    public var userID: User.ID
    /// What the user called it ("reporting script").
    public var name: String
    /// When it was made.
    public var createdAt: Date
    /// When it was last used.
    public var lastUsedAt: Date?

    /// Creates a token description.
    public init(id: EntityID<APIToken>, userID: User.ID, name: String, createdAt: Date, lastUsedAt: Date? = nil) {
        self.id = id
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case userID = "user_id"
        case createdAt = "created_at"
        case lastUsedAt = "last_used_at"
    }
}

/// Stores per-user API tokens.
public protocol APITokenRepository: Sendable {
    /// Makes a token; returns it and its secret (not stored anywhere in the clear).
    func create(for user: User.ID, name: String, now: Date) async throws -> (token: APIToken, secret: String)
    /// The user a secret belongs to, or `nil`.
    func authenticate(secret: String, now: Date) async throws -> User?
    /// A user's tokens, newest first.
    func list(for user: User.ID) async throws -> [APIToken]
    /// Revokes one of a user's tokens. Throws `StoreError.notFound` when it is not theirs.
    func delete(_ id: EntityID<APIToken>, of user: User.ID) async throws
}

/// Remembers failed sign-ins per email, so that guessing passwords gets slower and slower.
public protocol LoginThrottle: Sendable {
    /// How long this email must still wait before another attempt is checked (zero when it may try now).
    func waitTime(for email: String, now: Date) async throws -> TimeInterval
    /// Records a failed attempt.
    func recordFailure(for email: String, now: Date) async throws
    /// Admits one attempt, atomically: answers the wait still due (and records nothing) or, when none is due,
    /// records the attempt as a failure until `reset` says it succeeded. Parallel attempts cannot all slip
    /// through the same free window.
    func admit(_ email: String, now: Date) async throws -> TimeInterval
    /// Forgets failures after a successful sign-in.
    func reset(for email: String) async throws
    /// Records in the audit trail that a sign-in with `email` failed; `admit` has already counted it.
    func signInFailed(_ email: String) async throws
}

/// Stores the programme's own description.
public protocol ProgrammeRepository: Sendable {
    /// The programme, or a placeholder when none was set yet.
    func get() async throws -> Programme
    /// Replaces the programme's description.
    func save(_ programme: Programme) async throws
}
