import ThreadlineCore

public struct TokensViewModel: PageModel {
    public static let template = Template.tokens

    public struct Row {
        public var id: String
        public var name: String
        public var created: String
        public var lastUsed: String?

        /// Creates the value from each of its fields.
        public init(id: String, name: String, created: String, lastUsed: String? = nil) {
            self.id = id
            self.name = name
            self.created = created
            self.lastUsed = lastUsed
        }
    }
    public var csrfToken: String
    public var tokens: [Row]
    public var hasTokens: Bool
    public var newSecret: String?
    public var error: String?
    /// What the last action did ("The token was revoked…").
    public var notice: String?

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String, tokens: [Row], hasTokens: Bool, newSecret: String? = nil, error: String? = nil,
        notice: String? = nil
    ) {
        self.csrfToken = csrfToken
        self.tokens = tokens
        self.hasTokens = hasTokens
        self.newSecret = newSecret
        self.error = error
        self.notice = notice
    }
}
