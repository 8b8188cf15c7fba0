import SQLKit

/// The SQL of the content version counter: bumped inside every transaction that changes content.
enum ContentVersion {
    static func bump(on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE content_version SET version = version + 1 WHERE id = 1").run()
    }

    static func read(on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT version FROM content_version WHERE id = 1").first(
            decodingColumn: "version", as: Int.self)
            ?? 0
    }
}
