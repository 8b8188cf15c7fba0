public import Hummingbird
import ThreadlineSite

extension HTMLPage: ResponseGenerator {
    /// The page as `text/html` in UTF-8, with its status.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
