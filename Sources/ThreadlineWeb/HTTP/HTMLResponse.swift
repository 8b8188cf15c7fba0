public import Hummingbird

/// An HTML page as a response.
public struct HTMLResponse: ResponseGenerator, Sendable {
    /// The page.
    public var html: String
    /// The status, 200 unless said otherwise.
    public var status: HTTPResponse.Status

    /// Creates the response.
    public init(_ html: String, status: HTTPResponse.Status = .ok) {
        self.html = html
        self.status = status
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// A redirect after a form post (303, so the browser follows with GET).
struct SeeOther: ResponseGenerator {
    var location: String
    var cookies: [Cookie] = []

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}
