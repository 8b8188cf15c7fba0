import Foundation
import Hummingbird
import ThreadlineStore

/// `/metrics`: the hub's Prometheus metrics, for a scraper that presents the configured bearer token.
///
/// Without a token configured the address answers 404, as if it did not exist: request counts and database
/// figures say how the hub is used, which is not the public's business. Behind a reverse proxy every request
/// comes from the proxy's own address, so the address a request comes from cannot be the test.
struct MetricsController {
    let metrics: ServerMetrics
    let database: Database
    let token: String?

    /// The page's address.
    static let path = "/metrics"

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(RouterPath(Self.path)) { request, _ in try respond(to: request) }
    }

    private func respond(to request: Request) throws -> Response {
        guard let token else { throw HTTPError(.notFound) }
        guard let presented = Self.bearerToken(in: request), SecretToken.constantTimeEquals(presented, token) else {
            return Response(
                status: .unauthorized,
                headers: [
                    .wwwAuthenticate: "Bearer realm=\"threadline metrics\"", .contentType: "text/plain; charset=utf-8",
                ],
                body: .init(byteBuffer: ByteBuffer(string: "A bearer token is needed to read the metrics.\n")))
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: metrics.exposition(database: database))))
    }

    /// The token after `Bearer ` in the Authorization header.
    private static func bearerToken(in request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }
}
