public import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `SessionRepository`. Only a hash of the cookie secret is stored.
public struct SQLSessionRepository: SessionRepository {
    private let database: Database
    private let users: any UserRepository

    /// Creates a repository over `database`, loading users through `users`.
    public init(database: Database, users: any UserRepository) {
        self.database = database
        self.users = users
    }

    private struct Row: Codable {
        var tokenHash: String
        var userID: User.ID
        var csrfToken: String
        var createdAt: Date
        var expiresAt: Date

        enum CodingKeys: String, CodingKey {
            case tokenHash = "token_hash"
            case userID = "user_id"
            case csrfToken = "csrf_token"
            case createdAt = "created_at"
            case expiresAt = "expires_at"
        }
    }

    public func create(for user: User, now: Date, lifetime: TimeInterval) async throws -> (
        token: String, session: Session
    ) {
        let token = SecretToken.generate()
        let row = Row(
            tokenHash: SecretToken.hash(token), userID: user.id, csrfToken: SecretToken.generate(), createdAt: now,
            expiresAt: now.addingTimeInterval(lifetime)
        )
        try await database.write { sql in
            try await sql.insert(into: "sessions").model(row).run()
            // Nobody is signed in yet while signing in, so the actor is the user themselves.
            try await AuditLog.record(
                .signedIn, kind: "user", id: user.id.description, summary: "\(user.email) signed in.",
                actor: AuditActor(user: user), on: sql)
        }
        return (token, Session(user: user, csrfToken: row.csrfToken, expiresAt: row.expiresAt))
    }

    public func resolve(token: String, now: Date) async throws -> Session? {
        let hash = SecretToken.hash(token)
        let row = try await database.read { sql in
            try await sql.select().column("*").from("sessions").where("token_hash", .equal, hash)
                .first(decoding: Row.self)
        }
        guard let row, row.expiresAt > now, let user = try await users.get(row.userID) else { return nil }
        return Session(user: user, csrfToken: row.csrfToken, expiresAt: row.expiresAt)
    }

    public func delete(token: String) async throws {
        let hash = SecretToken.hash(token)
        try await database.write { sql in
            let owner = try await sql.select().column("user_id").from("sessions").where("token_hash", .equal, hash)
                .first(decodingColumn: "user_id", as: User.ID.self)
            try await sql.delete(from: "sessions").where("token_hash", .equal, hash).run()
            guard let owner, let email = try await SQLUserRepository.email(of: owner, on: sql) else { return }
            try await AuditLog.record(
                .signedOut, kind: "user", id: owner.description, summary: "\(email) signed out.",
                actor: AuditActor(userID: owner, label: email), on: sql)
        }
    }

    public func deleteExpired(now: Date) async throws {
        try await database.write { sql in
            try await sql.delete(from: "sessions").where("expires_at", .lessThanOrEqual, now.timeIntervalSince1970)
                .run()
        }
    }
}
