import SQLKit
public import ThreadlineCore

/// The SQL implementation of `ProgrammeRepository`: one row, id 1.
public struct SQLProgrammeRepository: ProgrammeRepository {
    private let database: Database

    /// Creates a repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    /// What an empty database shows until someone names the programme.
    public static let placeholder = Programme(
        name: "A Threadline programme",
        tagline: "Evidence and learning from whole-system, place-based change",
        about: "This programme has not been described yet. Sign in to the workspace to add its story."
    )

    public func get() async throws -> Programme {
        try await database.read { sql in try await ProgrammeTable.get(on: sql) } ?? Self.placeholder
    }

    public func save(_ programme: Programme) async throws {
        try ValidationError.check(programme.validationProblems())
        try await database.write { sql in
            let stored = try await ProgrammeTable.get(on: sql)
            try await ProgrammeTable.save(programme, on: sql)
            let changes = AuditChange.between(
                try JSONValue.encoding(stored).objectValue ?? [:], try JSONValue.encoding(programme).objectValue ?? [:])
            if !changes.isEmpty {
                try await AuditLog.record(
                    .updated, kind: "programme", id: "programme", summary: "Updated the programme’s description.",
                    changes: changes, on: sql)
            }
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }
}

/// The SQL for the programme row, usable inside any transaction.
enum ProgrammeTable {
    static func get(on sql: any SQLDatabase) async throws -> Programme? {
        try await sql.select().columns("name", "tagline", "about", "language").from("programme")
            .where("id", .equal, 1).first(decoding: Programme.self)
    }

    static func save(_ programme: Programme, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "programme").run()
        try await sql.insert(into: "programme").columns("id", "name", "tagline", "about", "language")
            .values(
                SQLBind(1), SQLBind(programme.name), SQLBind(programme.tagline), SQLBind(programme.about),
                SQLBind(programme.language)
            ).run()
    }
}
