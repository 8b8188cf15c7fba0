import Foundation
import Hummingbird
import ThreadlineStore

/// Guards API writes made with a browser session rather than an API token, on the API's routes only.
///
/// A browser attaches the session cookie to any request a page sends, even a hostile page's. An API write that
/// rests on the session must therefore carry the session's CSRF token in `X-CSRF-Token` (no other site can read
/// it) and a JSON body (a plain HTML form can send only form-encoded, multipart or plain text). The two routes
/// whose body is a file — a recording and a transcript — take the file's own type instead, but never one a form
/// can send. Requests with an API token are untouched: a script holding a token is not a browser.
///
/// It sits on the API's router group, so it runs for exactly the routes that matched there, however the address
/// was written (`CanonicalPathMiddleware` sees to the spelling before routing).
struct APISessionWriteMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    /// The content types a cross-site HTML form can send without the browser asking first (CORS "simple" types).
    static let formTypes: Set<String> = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]

    /// The API routes whose body is a file rather than JSON, as the router writes their paths.
    static let fileBodyRoutes: Set<String> = ["api/v1/testimony/{id}/recording", "api/v1/testimony/{id}/transcript"]

    func handle(
        _ request: Request,
        context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard context.apiUser == nil, let session = context.session,
            ![.get, .head, .options].contains(request.method)
        else { return try await next(request, context) }
        let header = request.headers[AuthenticationMiddleware.csrfHeader] ?? ""
        guard SecretToken.constantTimeEquals(header, session.csrfToken) else {
            throw APIError(
                .forbidden, code: "csrf_token",
                message: "An API write made with a browser session must send the session's token in X-CSRF-Token.")
        }
        if [.post, .put, .patch].contains(request.method) {
            let type = Self.mediaType(request.headers[.contentType])
            let route = (context.coreContext.endpointPath.value ?? "").trimmingCharacters(in: ["/"])
            let acceptable =
                Self.fileBodyRoutes.contains(route)
                ? !type.isEmpty && !Self.formTypes.contains(type)
                : type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
            guard acceptable else {
                throw APIError(
                    .unsupportedMediaType, code: "unsupported_media_type",
                    message: Self.fileBodyRoutes.contains(route)
                        ? "With a browser session, send the file with its own type, not a form's (\(type.isEmpty ? "none" : type) "
                            + "was sent): a recording's audio or video type; a transcript as text/vtt, "
                            + "application/x-subrip, or application/octet-stream with ?format=text."
                        : "An API write made with a browser session must send JSON (Content-Type: application/json).")
            }
        }
        return try await next(request, context)
    }

    /// The media type of a Content-Type header, lower-cased and without parameters ("" when there is none).
    static func mediaType(_ header: String?) -> String {
        guard let header else { return "" }
        let type = header.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
