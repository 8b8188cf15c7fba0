import Foundation
import HummingbirdBcrypt
import NIOPosix
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `UserRepository`; passwords are hashed with bcrypt.
public struct SQLUserRepository: UserRepository {
    private let database: Database
    private let bcryptCost: UInt8

    /// Creates a repository. `bcryptCost` is the work factor: 12 in production, lower only in tests.
    public init(database: Database, bcryptCost: UInt8 = 12) {
        self.database = database
        self.bcryptCost = bcryptCost
    }

    private struct Row: Codable {
        var id: User.ID
        var email: String
        var displayName: String
        var role: Role
        var passwordHash: String
        var createdAt: Date

        var user: User { User(id: id, email: email, displayName: displayName, role: role, createdAt: createdAt) }

        enum CodingKeys: String, CodingKey {
            case id, email, role
            case displayName = "display_name"
            case passwordHash = "password_hash"
            case createdAt = "created_at"
        }
    }

    // bcrypt is deliberately slow; it runs on the blocking thread pool so request threads stay free.
    private func hash(_ password: String) async throws -> String {
        let cost = bcryptCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func create(_ user: User, password: String) async throws {
        let problems = User.emailProblems(user.email) + User.passwordProblems(password)
        guard problems.isEmpty else { throw ValidationError(problems) }
        let row = Row(
            id: user.id, email: user.email.lowercased(), displayName: user.displayName, role: user.role,
            passwordHash: try await hash(password), createdAt: user.createdAt
        )
        try await database.write { sql in
            let taken = try await sql.select().column("id").from("users").where("email", .equal, row.email).first()
            if taken != nil {
                throw StoreError.conflict([
                    FieldProblem(field: "email", message: "\(row.email) already has an account.")
                ])
            }
            try await sql.insert(into: "users").model(row).run()
            try await AuditLog.record(
                .created, kind: "user", id: row.id.description,
                summary: "Added \(row.email) as \(Self.article(row.role)) \(row.role.rawValue).",
                changes: [
                    AuditChange(field: "email", from: nil, to: .string(row.email)),
                    AuditChange(field: "display_name", from: nil, to: .string(row.displayName)),
                    AuditChange(field: "role", from: nil, to: .string(row.role.rawValue)),
                ], on: sql)
        }
    }

    public func get(_ id: User.ID) async throws -> User? {
        try await database.read { sql in
            try await sql.select().column("*").from("users").where("id", .equal, id.description)
                .first(decoding: Row.self)?.user
        }
    }

    public func get(email: String) async throws -> User? {
        try await row(email: email)?.user
    }

    private func row(email: String) async throws -> Row? {
        try await database.read { sql in
            try await sql.select().column("*").from("users").where("email", .equal, email.lowercased())
                .first(decoding: Row.self)
        }
    }

    public func all() async throws -> [User] {
        try await database.read { sql in
            try await sql.select().column("*").from("users").orderBy("email").all(decoding: Row.self).map(\.user)
        }
    }

    public func authenticate(email: String, password: String) async throws -> User? {
        let row = try await row(email: email)
        // An unknown email still costs one bcrypt check, so timing does not reveal which emails exist.
        let hash = row?.passwordHash ?? Self.decoyHash
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        return matches ? row?.user : nil
    }

    // Made once, on first use, from a password nobody has.
    private static let decoyHash = Bcrypt.hash(SecretToken.generate(), cost: 12)

    public func setPassword(_ id: User.ID, password: String) async throws {
        try ValidationError.check(User.passwordProblems(password))
        let hashed = try await hash(password)
        try await database.write { sql in
            guard let email = try await Self.email(of: id, on: sql) else { throw StoreError.notFound("The user \(id)") }
            try await sql.update("users").set("password_hash", to: hashed).where("id", .equal, id.description).run()
            // A new password signs out every existing session.
            try await sql.delete(from: "sessions").where("user_id", .equal, id.description).run()
            // The trail says that the password changed, never what to.
            try await AuditLog.record(
                .passwordChanged, kind: "user", id: id.description,
                summary: "Changed the password of \(email), signing out their sessions.", on: sql)
        }
    }

    public func setRole(_ id: User.ID, role: Role) async throws {
        try await database.write { sql in
            let old = try await sql.select().columns("email", "role").from("users").where("id", .equal, id.description)
                .first()
            try await sql.update("users").set("role", to: role.rawValue).where("id", .equal, id.description).run()
            guard let old, let oldRole = try old.decode(column: "role", as: String?.self), oldRole != role.rawValue
            else { return }
            let email = try old.decode(column: "email", as: String.self)
            try await AuditLog.record(
                .roleChanged, kind: "user", id: id.description,
                summary: "Made \(email) \(Self.article(role)) \(role.rawValue).",
                changes: [AuditChange(field: "role", from: .string(oldRole), to: .string(role.rawValue))], on: sql)
        }
    }

    public func delete(_ id: User.ID) async throws {
        try await database.write { sql in
            let email = try await Self.email(of: id, on: sql)
            try await sql.delete(from: "users").where("id", .equal, id.description).run()
            guard let email else { return }
            try await AuditLog.record(
                .deleted, kind: "user", id: id.description, summary: "Deleted the user \(email).",
                changes: [AuditChange(field: "email", from: .string(email), to: nil)], on: sql)
        }
    }

    public func places(of id: User.ID) async throws -> Set<Place.ID> {
        try await database.read { sql in
            let texts = try await sql.select().column("place_id").from("user_places")
                .where("user_id", .equal, id.description).all(decodingColumn: "place_id", as: String.self)
            return Set(texts.compactMap { Place.ID($0) })
        }
    }

    public func setPlaces(_ places: Set<Place.ID>, of id: User.ID) async throws {
        try await database.write { sql in
            guard try await sql.select().column("id").from("users").where("id", .equal, id.description).first() != nil
            else { throw StoreError.notFound("The user \(id)") }
            let wanted = places.map(\.description).sorted()
            if !wanted.isEmpty {
                let known = Set(
                    try await sql.select().column("id").from("places").where("id", .in, wanted)
                        .all(decodingColumn: "id", as: String.self))
                let unknown = wanted.filter { !known.contains($0) }
                if !unknown.isEmpty {
                    throw ValidationError([
                        FieldProblem(
                            field: "places", message: "No place has the ID \(unknown.joined(separator: ", ")).")
                    ])
                }
            }
            let before = try await sql.select().column("place_id").from("user_places")
                .where("user_id", .equal, id.description).all(decodingColumn: "place_id", as: String.self).sorted()
            guard before != wanted else { return }
            try await sql.delete(from: "user_places").where("user_id", .equal, id.description).run()
            for place in wanted {
                try await sql.insert(into: "user_places").columns("user_id", "place_id")
                    .values(SQLBind(id.description), SQLBind(place)).run()
            }
            let email = try await Self.email(of: id, on: sql) ?? id.description
            try await AuditLog.record(
                .updated, kind: "user", id: id.description,
                summary: "Set the places \(email) may work in (\(wanted.count)).",
                changes: [
                    AuditChange(
                        field: "places", from: .array(before.map(JSONValue.string)),
                        to: .array(wanted.map(JSONValue.string)))
                ], on: sql)
        }
    }

    /// The email of the user with `id`, inside a transaction; `nil` when there is none.
    static func email(of id: User.ID, on sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("email").from("users").where("id", .equal, id.description)
            .first(decodingColumn: "email", as: String.self)
    }

    private static func article(_ role: Role) -> String {
        role == .admin ? "an" : "a"
    }
}
