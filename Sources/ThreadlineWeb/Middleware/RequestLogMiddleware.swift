import Foundation
public import Hummingbird
public import Logging

/// Logs one line per request: method, path, status and duration in milliseconds.
///
/// One line per request (rather than a line in and a line out) keeps logs greppable and cheap at load.
public struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    /// Creates the middleware, logging through `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, since: start)
            return response
        } catch let error as any HTTPResponseError {
            log(request, status: error.status.code, since: start)
            throw error
        } catch {
            log(request, status: 500, since: start)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let path = LoggedPath.redacted(request.uri.path)
        let duration = String(format: "%.1f", milliseconds)
        // The same facts as fields, for collectors reading JSON logs (LOG_FORMAT=json).
        logger.info(
            "\(request.method) \(path) \(status) \(duration)ms",
            metadata: [
                "method": "\(request.method)", "path": "\(path)", "status": "\(status)", "duration_ms": "\(duration)",
            ])
    }
}
