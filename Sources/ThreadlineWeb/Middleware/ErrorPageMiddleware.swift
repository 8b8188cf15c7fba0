import Hummingbird
import Logging
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// Turns errors into answers a person or a program can use: JSON under `/api/`, an HTML page elsewhere.
/// Unexpected errors are logged and answered with a plain 500, never with their details.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let site: PublicSite
    let logger: Logger

    func handle(
        _ request: Request,
        context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        // Judged as the router reads addresses (empty segments skipped), so a refused `//api/v1/…` still gets JSON.
        let isAPI = request.uri.path.split(separator: "/").first == "api"
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as StaleFormError {
            return try HTMLPage(
                await site.errorPage(
                    heading: StaleFormError.heading, message: StaleFormError.message,
                    action: (url: error.formPage ?? "/workspace", label: "Back to the form")),
                status: .forbidden
            )
            .response(from: request, context: context)
        } catch let error as HTTPError {
            guard isAPI else {
                // A sentence a controller gave says what happened better than the status's general one.
                return try await page(for: error.status, saying: error.body, request: request, context: context)
            }
            let code = error.status == .notFound ? "not_found" : "http_\(error.status.code)"
            return try APIError(error.status, code: code, message: error.body ?? error.status.reasonPhrase)
                .response(from: request, context: context)
        } catch let error as NotPermitted {
            if isAPI {
                return try APIError(.forbidden, code: "forbidden", message: error.message)
                    .response(from: request, context: context)
            }
            return try await page(for: .forbidden, saying: error.message, request: request, context: context)
        } catch let error as ValidationError {
            if isAPI { return try APIError.validation(error.problems).response(from: request, context: context) }
            return try await page(for: .badRequest, request: request, context: context)
        } catch let error as StoreError {
            switch error {
            case .notFound:
                if isAPI { return try APIError.notFound("It").response(from: request, context: context) }
                return try await page(for: .notFound, request: request, context: context)
            case .conflict(let problems):
                if isAPI {
                    return try APIError(
                        .conflict, code: "conflict", message: "The change conflicts with stored data.", fields: problems
                    )
                    .response(from: request, context: context)
                }
                return try await page(for: .conflict, request: request, context: context)
            default:
                logger.error("\(request.method) \(LoggedPath.redacted(request.uri.path)) failed: \(error)")
                return try await internalError(request: request, context: context, isAPI: isAPI)
            }
        } catch {
            logger.error(
                "\(request.method) \(LoggedPath.redacted(request.uri.path)) failed: \(String(reflecting: error))")
            return try await internalError(request: request, context: context, isAPI: isAPI)
        }
    }

    private func internalError(request: Request, context: AppRequestContext, isAPI: Bool) async throws -> Response {
        if isAPI {
            return try APIError(.internalServerError, code: "internal", message: "Something went wrong on the server.")
                .response(from: request, context: context)
        }
        return try await page(for: .internalServerError, request: request, context: context)
    }

    private func page(
        for status: HTTPResponse.Status, saying sentence: String? = nil, request: Request, context: AppRequestContext
    ) async throws -> Response {
        let (heading, message) =
            switch status {
            case .notFound: PublicSite.notFoundText
            case .forbidden: ("Not allowed", "Your account cannot do this. Ask an editor or an administrator.")
            case .badRequest: ("Something is wrong with the request", "Go back and try again.")
            case .conflict: ("That clashes with something already stored", "Go back, check the form and try again.")
            case .contentTooLarge: ("Too large", "What was sent is larger than this server accepts.")
            default: ("Something went wrong", "The server could not answer. Try again in a moment.")
            }
        return try HTMLPage(
            await site.errorPage(heading: heading, message: sentence?.nonBlank ?? message), status: status
        )
        .response(from: request, context: context)
    }
}
