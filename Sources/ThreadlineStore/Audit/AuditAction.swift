/// What kind of change an audit event records.
public enum AuditAction: String, Hashable, Sendable, Codable, CaseIterable {
    case created
    case updated
    case deleted
    case published
    case unpublished
    case consentChanged = "consent changed"
    case imported
    case signedIn = "signed in"
    case signInFailed = "sign-in failed"
    case signedOut = "signed out"
    case roleChanged = "role changed"
    case passwordChanged = "password changed"
    case tokenCreated = "token created"
    case tokenRevoked = "token revoked"
    case answered
}
