public import Hummingbird
public import ThreadlineCore
public import ThreadlineStore

/// The per-request state Threadline's middleware fills in: who is signed in, and how.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The browser session, when the request carries a valid session cookie.
    public var session: Session?
    /// The user of a valid `Authorization: Bearer` API token.
    public var apiUser: User?
    /// The places a signed-in contributor works in, loaded by `AuthenticationMiddleware`; empty for everyone else.
    public var places: Set<Place.ID> = []

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Form bodies are small; uploads (a later capability) get their own limit.
    public var maxUploadSize: Int { 4 * 1024 * 1024 }

    /// The signed-in user, by session or API token.
    var user: User? { session?.user ?? apiUser }

    /// Who is asking, for `AccessPolicy`.
    var viewer: Viewer {
        guard let user else { return .anonymous }
        return .user(user.id, user.role, places: places)
    }
}
