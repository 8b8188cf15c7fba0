import Foundation
import Hummingbird
import ThreadlineStore

/// Sends anyone without a workspace session to the sign-in page, remembering where they were going: the page
/// itself for a page, and for a form sent after the sign-in ran out, the page the form was on (from `Referer`),
/// with word that they were signed out, so that signing in takes them back to the form (whose text the browser
/// kept; see `form-draft.js`).
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
        let target = request.method == .get ? path : Self.formPage(request) ?? "/workspace"
        let query =
            target.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "?"])) ?? ""
        let reason = request.method == .get ? "" : "&signed-out=1"
        return Response(status: .seeOther, headers: [.location: "/workspace/login?next=\(query)\(reason)"])
    }

    /// The workspace page a form was sent from, by the path of its `Referer`; `nil` for anything that is not a
    /// page of the workspace (the sign-in page then sends the person to the dashboard, as `safeNext` rules).
    static func formPage(_ request: Request) -> String? {
        guard let referer = request.headers[.referer], let url = URL(string: referer) else { return nil }
        let path = url.path
        guard path.hasPrefix("/workspace/"), path != "/workspace/login", !path.contains("\\") else { return nil }
        return path
    }
}

extension AppRequestContext {
    /// The workspace session; the guard middleware guarantees one on every workspace route.
    func requireSession() throws -> Session {
        guard let session else { throw HTTPError(.unauthorized) }
        return session
    }
}
