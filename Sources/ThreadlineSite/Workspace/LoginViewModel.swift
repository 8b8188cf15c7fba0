import ThreadlineCore

public struct LoginViewModel: PageModel {
    public static let template = Template.login

    public var email: String
    public var csrfToken: String
    public var error: String?
    public var next: String
    /// Why the person is here, when it is not their own choice (a form sent after the sign-in ran out).
    public var notice: String?

    /// Creates the value from each of its fields.
    public init(email: String, csrfToken: String, error: String? = nil, next: String, notice: String? = nil) {
        self.email = email
        self.csrfToken = csrfToken
        self.error = error
        self.next = next
        self.notice = notice
    }
}
