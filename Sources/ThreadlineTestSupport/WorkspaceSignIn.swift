import Foundation
import Hummingbird
import HummingbirdTesting
import ThreadlineCore

/// A workspace session opened through the router, as a browser would hold it.
public struct SignedInSession: Sendable {
    /// The `Cookie` request header that carries the session (`threadline_session=…`).
    public var cookieHeader: String
    /// The session's CSRF token, as the hidden `csrf_token` input of workspace pages shows it.
    public var csrfToken: String
    /// The session cookie exactly as the sign-in response set it.
    public var cookie: SetCookie

    /// Headers for a GET as this user.
    public var headers: HTTPFields {
        var headers = HTTPFields()
        headers[.cookie] = cookieHeader
        return headers
    }

    /// Headers for posting a URL-encoded form as this user.
    public var formHeaders: HTTPFields {
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return headers
    }

    /// A URL-encoded body of `fields` with this session's `csrf_token` first.
    public func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: HTTPTestText.form([("csrf_token", csrfToken)] + fields))
    }
}

/// Why signing in through the router did not give a session.
public struct SignInFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
}

/// Signs users in through the router the way a browser does: the sign-in page, its double-submit CSRF
/// cookie and hidden field, the posted form, and then a workspace page for the session's CSRF token.
public enum WorkspaceSignIn {
    /// The sign-in page's CSRF cookie and hidden field value.
    public struct LoginForm: Sendable {
        /// The `Cookie` header carrying `threadline_login_csrf`.
        public var cookieHeader: String
        /// The hidden `csrf_token` value (the same as the cookie's).
        public var csrfToken: String

        /// A sign-in form body.
        public func body(email: String, password: String, next: String = "/workspace") -> ByteBuffer {
            ByteBuffer(
                string: HTTPTestText.form([
                    ("csrf_token", csrfToken), ("next", next), ("email", email), ("password", password),
                ]))
        }

        /// Headers for posting the sign-in form.
        public var headers: HTTPFields {
            var headers = HTTPFields()
            headers[.cookie] = cookieHeader
            headers[.contentType] = "application/x-www-form-urlencoded"
            return headers
        }
    }

    /// Fetches the sign-in page and reads its CSRF cookie and hidden field.
    public static func loginForm(_ client: any TestClientProtocol) async throws -> LoginForm {
        let page = try await client.execute(uri: "/workspace/login", method: .get)
        guard page.status == .ok else { throw SignInFailure(description: "GET /workspace/login: \(page.status)") }
        guard let cookie = HTTPTestText.setCookies(of: page)["threadline_login_csrf"] else {
            throw SignInFailure(description: "The sign-in page set no threadline_login_csrf cookie.")
        }
        guard let field = HTTPTestText.inputValue(named: "csrf_token", in: HTTPTestText.text(of: page)) else {
            throw SignInFailure(description: "The sign-in page has no csrf_token input.")
        }
        return LoginForm(cookieHeader: cookie.requestHeader, csrfToken: field)
    }

    /// Signs `email` in and returns the session's cookie header and CSRF token.
    public static func signIn(
        _ client: any TestClientProtocol, email: String, password: String = TestHub.password
    ) async throws -> SignedInSession {
        let login = try await loginForm(client)
        let posted = try await client.execute(
            uri: "/workspace/login", method: .post, headers: login.headers,
            body: login.body(email: email, password: password)
        )
        guard posted.status == .seeOther,
            let cookie = HTTPTestText.setCookies(of: posted)["threadline_session"], !cookie.value.isEmpty
        else {
            throw SignInFailure(description: "Signing in \(email) answered \(posted.status) without a session.")
        }
        var headers = HTTPFields()
        headers[.cookie] = cookie.requestHeader
        let workspace = try await client.execute(uri: "/workspace", method: .get, headers: headers)
        guard workspace.status == .ok,
            let token = HTTPTestText.inputValue(named: "csrf_token", in: HTTPTestText.text(of: workspace))
        else {
            throw SignInFailure(description: "The workspace page answered \(workspace.status) without a csrf_token.")
        }
        return SignedInSession(cookieHeader: cookie.requestHeader, csrfToken: token, cookie: cookie)
    }

    /// Signs a test user in by their email, with the hub's shared password.
    public static func signIn(_ client: any TestClientProtocol, as user: User) async throws
        -> SignedInSession
    {
        try await signIn(client, email: user.email)
    }
}
