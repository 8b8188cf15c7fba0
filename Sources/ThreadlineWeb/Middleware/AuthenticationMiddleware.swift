import Foundation
public import HTTPTypes
public import Hummingbird
import ThreadlineCore
public import ThreadlineStore

/// Recognises who is asking: a browser by its session cookie, a program by its `Authorization: Bearer` token.
///
/// It only identifies; each controller decides (through `AccessPolicy`) what the identified user may do. For a
/// contributor it also loads the places they work in, which the viewer carries to `AccessPolicy`.
public struct AuthenticationMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext

    /// The name of the session cookie.
    public static let cookieName = "threadline_session"
    /// The header that carries the session's CSRF token on API writes made with a session cookie (checked by
    /// `APISessionWriteMiddleware`) and on the workspace's streamed uploads.
    public static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    let sessions: any SessionRepository
    let apiTokens: any APITokenRepository
    let users: any UserRepository
    let time: any TimeSource

    /// Creates the middleware.
    public init(
        sessions: any SessionRepository, apiTokens: any APITokenRepository, users: any UserRepository,
        time: any TimeSource
    ) {
        self.sessions = sessions
        self.apiTokens = apiTokens
        self.users = users
        self.time = time
    }

    public func handle(
        _ request: Request,
        context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let cookie = request.cookies[Self.cookieName]?.value, !cookie.isEmpty {
            context.session = try await sessions.resolve(token: cookie, now: time.now())
        }
        // The metrics page checks its scraper's token itself; that token is not an API token.
        if let authorization = request.headers[.authorization], request.uri.path != MetricsController.path {
            let prefix = "bearer "
            guard authorization.lowercased().hasPrefix(prefix),
                let user = try await apiTokens.authenticate(
                    secret: String(authorization.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces),
                    now: time.now()
                )
            else {
                // A wrong token is an error, not an anonymous request: scripts should hear about it.
                throw APIError(.unauthorized, code: "invalid_token", message: "The API token is not valid.")
            }
            context.apiUser = user
        }
        // API writes made with a session are checked on the API's own routes (`APISessionWriteMiddleware`), by the
        // route that matched rather than by how the address was spelled.
        if let user = context.user, user.role == .contributor {
            // Only contributors are limited by place; editors and admins need no extra query.
            context.places = try await users.places(of: user.id)
        }
        // Every request sets the actor, signed in or not, so no request inherits the server task's own actor.
        let actor = context.user.map(AuditActor.init(user:)) ?? .anonymous
        var response = try await AuditActor.$current.withValue(actor) { try await next(request, context) }
        if context.user != nil, response.headers[.cacheControl] == nil {
            // What a signed-in person gets (named speakers, drafts) must never be kept by a shared cache in front
            // and handed to the public at the same address.
            response.headers[.cacheControl] = "private, no-store"
        }
        return response
    }
}
