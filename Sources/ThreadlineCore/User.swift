public import Foundation

/// A person who signs in to the workspace.
public struct User: Hashable, Sendable, Codable, Identifiable {
    /// Its identifier.
    public typealias ID = EntityID<User>

    /// Its identifier.
    public var id: ID
    /// The sign-in name; stored lower-cased.
    public var email: String
    /// The name shown beside their work.
    public var displayName: String
    /// What they may do.
    public var role: Role
    /// When the account was made.
    public var createdAt: Date

    /// Creates a user.
    public init(id: ID, email: String, displayName: String, role: Role, createdAt: Date) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, email, role
        case displayName = "display_name"
        case createdAt = "created_at"
    }

    /// Problems with an email address as a sign-in name.
    public static func emailProblems(_ email: String) -> [FieldProblem] {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !email.contains(where: \.isWhitespace) && email.count <= 254
        return valid ? [] : [FieldProblem(field: "email", message: "\"\(email)\" is not an email address.")]
    }

    /// Problems with a new password.
    public static func passwordProblems(_ password: String) -> [FieldProblem] {
        if password.count < 12 {
            return [FieldProblem(field: "password", message: "Use at least 12 characters.")]
        }
        if password.utf8.count > 72 {
            // bcrypt reads only the first 72 bytes; longer passwords would be silently truncated.
            return [FieldProblem(field: "password", message: "Use at most 72 bytes.")]
        }
        return []
    }
}
