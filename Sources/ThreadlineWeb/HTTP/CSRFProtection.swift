import Hummingbird
import ThreadlineStore

/// Checks that a posted form came from one of Threadline's own pages.
///
/// Signed-in forms carry the session's token (stored with the session in the database). The sign-in form,
/// which has no session yet, uses a double-submit cookie: the same random value in a cookie and a field.
enum CSRFProtection {
    /// The form field every protected form carries.
    static let fieldName = "csrf_token"
    /// The cookie of the sign-in form's double-submit token.
    static let loginCookieName = "threadline_login_csrf"

    /// Throws ``StaleFormError`` (a 403 page that says what happened) unless the form carries the session's token.
    static func verify(_ form: FormData, session: Session, request: Request? = nil) throws {
        guard SecretToken.constantTimeEquals(form[fieldName], session.csrfToken) else {
            throw StaleFormError(formPage: request.flatMap(WorkspaceGuardMiddleware.formPage))
        }
    }

    /// Throws 403 unless the sign-in form's field matches its cookie.
    static func verifyLogin(_ form: FormData, request: Request) throws {
        let cookie = request.cookies[loginCookieName]?.value ?? ""
        guard !cookie.isEmpty, SecretToken.constantTimeEquals(form[fieldName], cookie) else {
            throw HTTPError(.forbidden, message: "The sign-in form's security token is missing or out of date.")
        }
    }
}

extension AppRequestContext {
    /// The workspace session and the posted form, once the form's CSRF token has been checked: the start of every
    /// workspace write (401 without a session, 403 with a missing or stale token).
    func verifiedForm(_ request: Request) async throws -> (Session, FormData) {
        let session = try requireSession()
        let form = try await FormData.read(from: request, context: self)
        try CSRFProtection.verify(form, session: session, request: request)
        return (session, form)
    }
}
