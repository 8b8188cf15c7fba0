import Foundation
public import Hummingbird

/// Makes every middleware and the router see one spelling of each address (see `CanonicalPath`).
///
/// It runs before everything else. A read (`GET`, `HEAD`) of a respelled address is sent to the canonical one with
/// a permanent redirect, so old links and typed addresses keep working; any other method is refused with 400, so
/// no write can slip past a middleware that recognises its path (the API's session checks among them). An
/// address that hides a separator answers 404 whatever the method.
public struct CanonicalPathMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Creates the middleware.
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        switch CanonicalPath.judge(request.uri.path) {
        case .canonical:
            return try await next(request, context)
        case .refused:
            throw HTTPError(.notFound, message: "There is no page at this address.")
        case .respelled(let canonical):
            guard [.get, .head].contains(request.method) else {
                throw HTTPError(
                    .badRequest,
                    message:
                        "This address is not written the way Threadline writes it. Send the request to \(canonical)."
                )
            }
            let query = request.uri.query.map { "?\($0)" } ?? ""
            return Response(status: .permanentRedirect, headers: [.location: canonical + query])
        }
    }
}
