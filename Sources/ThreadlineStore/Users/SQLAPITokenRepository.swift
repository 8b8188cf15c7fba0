public import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `APITokenRepository`. Only a hash of each secret is stored.
public struct SQLAPITokenRepository: APITokenRepository {
    private let database: Database
    private let users: any UserRepository
    private let ids: any IDGenerator

    /// Creates a repository.
    public init(database: Database, users: any UserRepository, ids: any IDGenerator) {
        self.database = database
        self.users = users
        self.ids = ids
    }

    private struct Row: Codable {
        var token: APIToken
        var tokenHash: String

        init(token: APIToken, tokenHash: String) {
            self.token = token
            self.tokenHash = tokenHash
        }

        init(from decoder: any Decoder) throws {
            token = try APIToken(from: decoder)
            tokenHash = try decoder.container(keyedBy: Key.self).decode(String.self, forKey: .tokenHash)
        }

        func encode(to encoder: any Encoder) throws {
            try token.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(tokenHash, forKey: .tokenHash)
        }

        enum Key: String, CodingKey { case tokenHash = "token_hash" }
    }

    public func create(for user: User.ID, name: String, now: Date) async throws -> (token: APIToken, secret: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 100 else {
            throw ValidationError([FieldProblem(field: "name", message: "Give the token a name of 1–100 characters.")])
        }
        // The "tl_" prefix lets secret scanners and people recognise a Threadline token.
        let secret = "tl_" + SecretToken.generate()
        let token = APIToken(id: ids.next(), userID: user, name: trimmed, createdAt: now)
        let row = Row(token: token, tokenHash: SecretToken.hash(secret))
        try await database.write { sql in
            try await sql.insert(into: "api_tokens").model(row).run()
            // The name and owner only: the secret is never stored, and its hash stays out of the trail too.
            try await AuditLog.record(
                .tokenCreated, kind: "api_token", id: token.id.description,
                summary: "Created the API token “\(trimmed)”.",
                changes: [
                    AuditChange(field: "name", from: nil, to: .string(trimmed)),
                    AuditChange(field: "user_id", from: nil, to: .string(user.description)),
                ], on: sql)
        }
        return (token, secret)
    }

    public func authenticate(secret: String, now: Date) async throws -> User? {
        let hash = SecretToken.hash(secret)
        let row = try await database.read { sql in
            try await sql.select().column("*").from("api_tokens").where("token_hash", .equal, hash)
                .first(decoding: Row.self)
        }
        guard let row else { return nil }
        // Recorded at most once a minute, so a busy script does not queue a write behind every read.
        if let last = row.token.lastUsedAt, now.timeIntervalSince(last) < 60 {
            return try await users.get(row.token.userID)
        }
        try await database.write { sql in
            try await sql.update("api_tokens").set("last_used_at", to: now.timeIntervalSince1970)
                .where("id", .equal, row.token.id.description).run()
        }
        return try await users.get(row.token.userID)
    }

    public func list(for user: User.ID) async throws -> [APIToken] {
        try await database.read { sql in
            try await sql.select().column("*").from("api_tokens").where("user_id", .equal, user.description)
                .orderBy("created_at", .descending).all(decoding: Row.self).map(\.token)
        }
    }

    public func delete(_ id: EntityID<APIToken>, of user: User.ID) async throws {
        try await database.write { sql in
            let name = try await sql.select().column("name").from("api_tokens")
                .where("id", .equal, id.description).where("user_id", .equal, user.description)
                .first(decodingColumn: "name", as: String.self)
            guard let name else { throw StoreError.notFound("The API token \(id)") }
            try await sql.delete(from: "api_tokens").where("id", .equal, id.description).run()
            try await AuditLog.record(
                .tokenRevoked, kind: "api_token", id: id.description, summary: "Revoked the API token “\(name)”.",
                on: sql)
        }
    }
}
