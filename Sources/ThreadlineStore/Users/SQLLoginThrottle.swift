public import Foundation
import SQLKit
import ThreadlineCore

/// The SQL implementation of `LoginThrottle`, shared by every process using the database.
///
/// The first few failures cost nothing; after that each failure doubles the wait before the next attempt
/// for that email is even checked, up to fifteen minutes.
public struct SQLLoginThrottle: LoginThrottle {
    private let database: Database
    /// Failures allowed before waiting starts.
    public static let freeAttempts = 5
    /// The longest wait, in seconds.
    public static let maximumWait: TimeInterval = 15 * 60

    /// Creates a throttle over `database`.
    public init(database: Database) {
        self.database = database
    }

    /// The wait after `failures` failures.
    public static func wait(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeAttempts else { return 0 }
        return min(maximumWait, pow(2, Double(min(failures - freeAttempts, 20))))
    }

    public func waitTime(for email: String, now: Date) async throws -> TimeInterval {
        let key = email.lowercased()
        let row = try await database.read { sql in
            try await sql.select().columns("failures", "last_failure_at").from("login_failures")
                .where("email", .equal, key).first()
        }
        guard let row else { return 0 }
        let failures = try row.decode(column: "failures", as: Int.self)
        let last = try row.decode(column: "last_failure_at", as: Double.self)
        let until = last + Self.wait(afterFailures: failures)
        return max(0, until - now.timeIntervalSince1970)
    }

    public func admit(_ email: String, now: Date) async throws -> TimeInterval {
        let key = email.lowercased()
        return try await database.write { sql in
            let row = try await sql.select().columns("failures", "last_failure_at").from("login_failures")
                .where("email", .equal, key).first()
            let failures = try row?.decode(column: "failures", as: Int.self) ?? 0
            let last = try row?.decode(column: "last_failure_at", as: Double.self) ?? 0
            let wait = max(0, last + Self.wait(afterFailures: failures) - now.timeIntervalSince1970)
            if row != nil, wait > 0 { return wait }
            try await Self.record(key, failures: failures, exists: row != nil, now: now, on: sql)
            return 0
        }
    }

    private static func record(_ key: String, failures: Int, exists: Bool, now: Date, on sql: any SQLDatabase)
        async throws
    {
        if exists {
            try await sql.update("login_failures").set("failures", to: failures + 1)
                .set("last_failure_at", to: now.timeIntervalSince1970).where("email", .equal, key).run()
        } else {
            try await sql.insert(into: "login_failures").columns("email", "failures", "last_failure_at")
                .values(SQLBind(key), SQLBind(1), SQLBind(now.timeIntervalSince1970)).run()
        }
    }

    public func recordFailure(for email: String, now: Date) async throws {
        let key = email.lowercased()
        try await database.write { sql in
            let failures = try await sql.select().column("failures").from("login_failures")
                .where("email", .equal, key).first(decodingColumn: "failures", as: Int.self)
            try await Self.record(key, failures: failures ?? 0, exists: failures != nil, now: now, on: sql)
            try await Self.auditFailure(key, failures: (failures ?? 0) + 1, on: sql)
        }
    }

    public func signInFailed(_ email: String) async throws {
        let key = email.lowercased()
        try await database.write { sql in
            let failures = try await sql.select().column("failures").from("login_failures")
                .where("email", .equal, key).first(decodingColumn: "failures", as: Int.self)
            try await Self.auditFailure(key, failures: failures ?? 1, on: sql)
        }
    }

    /// Records the email tried (never the password), against the user it belongs to when there is one.
    private static func auditFailure(_ email: String, failures: Int, on sql: any SQLDatabase) async throws {
        let user = try await sql.select().column("id").from("users").where("email", .equal, email)
            .first(decodingColumn: "id", as: String.self)
        // Whatever was typed is kept only when it could be an address, and never more than an address can be: a
        // password pasted into the email box must not reach the trail, nor megabytes of anonymous text.
        let shown = User.emailProblems(email).isEmpty ? email : "a name that is not an email address"
        try await AuditLog.record(
            .signInFailed, kind: "user", id: user ?? String(shown.prefix(254)),
            summary: "A sign-in as \(shown) failed (\(failures) in a row).",
            changes: [AuditChange(field: "failures", from: nil, to: .number(Double(failures)))],
            actor: AuditActor.current.userID == nil ? .anonymous : AuditActor.current, on: sql)
    }

    public func reset(for email: String) async throws {
        let key = email.lowercased()
        try await database.write { sql in
            try await sql.delete(from: "login_failures").where("email", .equal, key).run()
        }
    }
}
