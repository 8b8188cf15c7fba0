import Hummingbird

/// Counts every request and times it for `/metrics`, by the pattern of the route that answered it.
///
/// It sits outermost, so error pages and refusals are counted with the status the visitor saw. The router stores
/// the matched route's pattern in the context's shared endpoint box, which is why it is readable here after
/// `next` returns; an address no route matches is counted as `unmatched`.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        metrics.requestStarted()
        let status: Int
        do {
            let response = try await next(request, context)
            status = response.status.code
            finish(request, context: context, status: status, since: start)
            return response
        } catch let error as any HTTPResponseError {
            finish(request, context: context, status: error.status.code, since: start)
            throw error
        } catch {
            finish(request, context: context, status: 500, since: start)
            throw error
        }
    }

    private func finish(_ request: Request, context: Context, status: Int, since start: ContinuousClock.Instant) {
        let route = context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "unmatched"
        metrics.requestFinished(
            method: request.method.rawValue, route: route, status: status, duration: ContinuousClock.now - start)
    }
}
