import Foundation
public import Hummingbird
public import ThreadlineCore

/// An error answered as JSON in the API's one error shape:
/// `{"error": {"code": "…", "message": "…", "fields": {"title": ["…"]}}}`.
public struct APIError: HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable, machine-readable code (`not_found`, `validation_failed`, …).
    public var code: String
    /// A sentence for people.
    public var message: String
    /// Problems per field, for validation errors.
    public var fields: [FieldProblem]

    /// Creates an API error.
    public init(_ status: HTTPResponse.Status, code: String, message: String, fields: [FieldProblem] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var fields: [String: [String]]
        }
        var error: Detail
    }

    /// The JSON body.
    var body: Data {
        var fieldMessages: [String: [String]] = [:]
        for problem in fields { fieldMessages[problem.field, default: []].append(problem.message) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = Body(error: .init(code: code, message: message, fields: fieldMessages))
        return (try? encoder.encode(body)) ?? Data(#"{"error":{"code":"internal","message":"","fields":{}}}"#.utf8)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A 404 for an item that does not exist (or that the caller may not see: the same answer, on purpose).
    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not_found", message: "\(what) was not found.")
    }

    /// A 422 listing every problem with the request body.
    static func validation(_ problems: [FieldProblem]) -> APIError {
        APIError(
            .unprocessableContent, code: "validation_failed",
            message: "The request has \(problems.count) problem\(problems.count == 1 ? "" : "s").", fields: problems
        )
    }
}
