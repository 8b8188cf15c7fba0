import HTTPTypes
public import Hummingbird

/// Adds the headers every Threadline response should carry: a strict content security policy (no inline
/// script, no third-party sources), no MIME sniffing, no framing, and a private referrer policy.
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Creates the middleware.
    public init() {}

    static var contentTypeOptions: HTTPField.Name { .init("X-Content-Type-Options")! }
    static var frameOptions: HTTPField.Name { .init("X-Frame-Options")! }
    static var referrerPolicy: HTTPField.Name { .init("Referrer-Policy")! }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
        response.headers[Self.contentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "strict-origin-when-cross-origin"
        return response
    }
}
