import Hummingbird

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
