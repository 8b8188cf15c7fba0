import Foundation
import Hummingbird
import ThreadlineStore

/// Sends anyone without a workspace session to the sign-in page (remembering where they were going).
struct WorkspaceGuardMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(
        _ request: Request,
        context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        if context.session != nil || path == "/workspace/login" {
            return try await next(request, context)
        }
        let target = request.method == .get ? path : "/workspace"
        let query =
            target.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "?"])) ?? ""
        return Response(status: .seeOther, headers: [.location: "/workspace/login?next=\(query)"])
    }
}

extension AppRequestContext {
    /// The workspace session; the guard middleware guarantees one on every workspace route.
    func requireSession() throws -> Session {
        guard let session else { throw HTTPError(.unauthorized) }
        return session
    }
}
