public import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `CodingRepository`.
public struct SQLCodingRepository: CodingRepository {
    let database: Database
    /// Rows per INSERT: large enough for quick bulk imports, small enough for any engine's bind limit.
    static let batchSize = 400

    /// Creates the repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    // MARK: Codes

    public func codes() async throws -> [Code] {
        try await database.read { sql in try await Self.allCodes(on: sql) }
    }

    public func code(_ id: Code.ID) async throws -> Code? {
        try await database.read { sql in
            try await sql.select().columns(CodeRow.columns).from("codes").where("id", .equal, id.description)
                .first(decoding: CodeRow.self)?.code
        }
    }

    public func save(_ code: Code) async throws {
        try await database.write { sql in
            try await Self.check(code, on: sql)
            let row = CodeRow(code)
            let stored = try await Self.allCodes(on: sql).first { $0.id == code.id }
            try await AuditLog.record(
                stored == nil ? .created : .updated, kind: "code", id: code.id.description,
                summary: "\(stored == nil ? "Added" : "Updated") the code “\(code.name)”.",
                changes: AuditChange.between(
                    try stored.map { try JSONValue.encoding($0).objectValue ?? [:] } ?? [:],
                    try JSONValue.encoding(code).objectValue ?? [:], ignoring: ["created_at", "updated_at"]),
                on: sql)
            if stored != nil {
                try await sql.update("codes").set(model: row, nilEncodingStrategy: .asNil).where(
                    "id", .equal, code.id.description
                ).run()
            } else {
                try await sql.insert(into: "codes").model(row, nilEncodingStrategy: .asNil).run()
            }
        }
    }

    /// Refuses a code whose name is blank or taken among its siblings, whose parent is missing or is itself or one
    /// of its descendants, or whose enabler does not exist.
    static func check(_ code: Code, on sql: any SQLDatabase) async throws {
        var problems = code.problems()
        let all = try await allCodes(on: sql)
        let name = code.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if all.contains(where: {
            $0.id != code.id && $0.parentID == code.parentID && $0.name.caseInsensitiveCompare(name) == .orderedSame
        }) {
            problems.append(FieldProblem(field: "name", message: "Another code here is already called \"\(name)\"."))
        }
        if let parent = code.parentID, parent != code.id {
            let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            if byID[parent] == nil {
                problems.append(FieldProblem(field: "parent_id", message: "The parent code \(parent) does not exist."))
            } else {
                // Walk up from the new parent: meeting the code itself means the move would make a loop.
                var cursor: Code.ID? = parent
                var steps = 0
                while let current = cursor, steps <= all.count {
                    if current == code.id {
                        problems.append(
                            FieldProblem(field: "parent_id", message: "A code cannot move under one of its own codes."))
                        break
                    }
                    cursor = byID[current]?.parentID
                    steps += 1
                }
            }
        }
        if let enabler = code.enablerID,
            try await sql.select().column("id").from("enablers").where("id", .equal, enabler.description).first()
                == nil
        {
            problems.append(FieldProblem(field: "enabler_id", message: "The system enabler \(enabler) does not exist."))
        }
        guard problems.isEmpty else { throw StoreError.conflict(problems) }
    }

    public func deletionImpact(of id: Code.ID) async throws -> CodeDeletionImpact {
        try await database.read { sql in try await Self.impact(of: id, on: sql) }
    }

    public func delete(_ id: Code.ID) async throws -> CodeDeletionImpact {
        try await database.write { sql in
            let impact = try await Self.impact(of: id, on: sql)
            let name = try await Self.allCodes(on: sql).first { $0.id == id }?.name ?? ""
            try await AuditLog.record(
                .deleted, kind: "code", id: id.description,
                summary:
                    "Deleted the code “\(name)” with \(impact.codes - 1) codes below it and \(impact.codings) codings.",
                on: sql)
            // Children and codings go by ON DELETE CASCADE.
            try await sql.delete(from: "codes").where("id", .equal, id.description).run()
            return impact
        }
    }

    private static func impact(of id: Code.ID, on sql: any SQLDatabase) async throws -> CodeDeletionImpact {
        let all = try await allCodes(on: sql)
        guard all.contains(where: { $0.id == id }) else { throw StoreError.notFound("The code \(id)") }
        let subtree = descendants(of: id, in: all).union([id])
        var codings = 0
        for chunk in Array(subtree).map(\.description).chunked(by: Self.batchSize) {
            let row = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("codings").where("code_id", .in, Array(chunk)).first()
            codings += try row?.decode(column: "n", as: Int.self) ?? 0
        }
        return CodeDeletionImpact(codes: subtree.count, codings: codings)
    }

    /// The IDs of every code below `id`.
    static func descendants(of id: Code.ID, in all: [Code]) -> Set<Code.ID> {
        let children = Dictionary(grouping: all.filter { $0.parentID != nil }, by: { $0.parentID! })
        var found: Set<Code.ID> = []
        var queue = [id]
        while let next = queue.popLast() {
            for child in children[next] ?? [] where found.insert(child.id).inserted {
                queue.append(child.id)
            }
        }
        return found
    }

    public func merge(_ source: Code.ID, into target: Code.ID) async throws -> Int {
        try await database.write { sql in
            guard source != target else {
                throw StoreError.conflict([FieldProblem(field: "target", message: "Choose another code to merge into.")]
                )
            }
            let all = try await Self.allCodes(on: sql)
            guard let from = all.first(where: { $0.id == source }) else {
                throw StoreError.notFound("The code \(source)")
            }
            guard var into = all.first(where: { $0.id == target }) else {
                throw StoreError.notFound("The code \(target)")
            }
            if Self.descendants(of: source, in: all).contains(target) {
                throw StoreError.conflict([
                    FieldProblem(field: "target", message: "A code cannot be merged into one of its own codes.")
                ])
            }
            let existing = try await Self.codings(where: ["code_id": target.description], on: sql)
            let keys = Set(existing.map { MergeKey($0) })
            let moving = try await Self.codings(where: ["code_id": source.description], on: sql)
            var moved = 0
            for coding in moving {
                if keys.contains(MergeKey(coding)) {
                    try await sql.delete(from: "codings").where("id", .equal, coding.id.description).run()
                } else {
                    try await sql.update("codings").set("code_id", to: target.description)
                        .where("id", .equal, coding.id.description).run()
                    moved += 1
                }
            }
            // Children move under the target, after its own children, unless a sibling there has their name.
            var position = (all.filter { $0.parentID == target }.map(\.position).max() ?? -1) + 1
            for var child in all.filter({ $0.parentID == source }) {
                child.parentID = target
                child.position = position
                position += 1
                try await Self.check(child, on: sql)
                try await sql.update("codes").set(model: CodeRow(child), nilEncodingStrategy: .asNil).where(
                    "id", .equal, child.id.description
                ).run()
            }
            if !from.memo.isEmpty || !from.description.isEmpty {
                let note = [from.description, from.memo].filter { !$0.isEmpty }.joined(separator: "\n\n")
                into.memo = [into.memo, "Merged from \"\(from.name)\":\n\(note)"].filter { !$0.isEmpty }
                    .joined(separator: "\n\n")
                try await sql.update("codes").set("memo", to: into.memo).where("id", .equal, target.description).run()
            }
            try await sql.delete(from: "codes").where("id", .equal, source.description).run()
            try await AuditLog.record(
                .updated, kind: "code", id: target.description,
                summary: "Merged the code “\(from.name)” into “\(into.name)”, moving \(moved) codings.",
                changes: [AuditChange(field: "merged_from", from: nil, to: .string(source.description))], on: sql)
            return moved
        }
    }

    /// Two codings that say the same thing once merged: same coder, source and passage (or stretch of recording).
    private struct MergeKey: Hashable {
        var coder: Coder.ID
        var source: CodingSource
        var start: Int
        var end: Int
        /// Timed codings share a position (`start == end`): their stretches tell them apart.
        var startMs: Int?
        var endMs: Int?
        init(_ coding: Coding) {
            coder = coding.coderID
            source = coding.source
            start = coding.start
            end = coding.end
            if coding.isTimeOnly {
                startMs = coding.startMs
                endMs = coding.endMs
            }
        }
    }

    public func codingCounts() async throws -> [Code.ID: Int] {
        try await database.read { sql in
            let rows = try await sql.select().column("code_id").column(
                SQLFunction("COUNT", args: SQLLiteral.all), as: "n"
            )
            .from("codings").groupBy("code_id").all()
            var counts: [Code.ID: Int] = [:]
            for row in rows {
                if let id = Code.ID(try row.decode(column: "code_id", as: String.self)) {
                    counts[id] = try row.decode(column: "n", as: Int.self)
                }
            }
            return counts
        }
    }

    static func allCodes(on sql: any SQLDatabase) async throws -> [Code] {
        let codes = try await sql.select().columns(CodeRow.columns).from("codes").orderBy("position").orderBy("name")
            .orderBy("id").all(decoding: CodeRow.self).map(\.code)
        return CodeTree(codes).ordered
    }

    // MARK: Coders

    public func coders() async throws -> [Coder] {
        try await database.read { sql in
            try await sql.select().columns("id", "name", "user_id").from("coders").orderBy("name").orderBy("id")
                .all(decoding: CoderRow.self).map(\.coder)
        }
    }

    public func coder(for user: User) async throws -> Coder {
        let coder = Coder(user: user)
        return try await database.write { sql in
            let existing = try await sql.select().columns("id", "name", "user_id").from("coders")
                .where("id", .equal, coder.id.description).first(decoding: CoderRow.self)
            if existing == nil {
                try await sql.insert(into: "coders").model(CoderRow(coder), nilEncodingStrategy: .asNil).run()
            } else if existing?.name != coder.name || existing?.user_id != coder.userID?.description {
                try await sql.update("coders").set(model: CoderRow(coder), nilEncodingStrategy: .asNil).where(
                    "id", .equal, coder.id.description
                )
                .run()
            }
            return coder
        }
    }

    // MARK: Codings

    public func codableText(of source: CodingSource) async throws -> CodableText? {
        try await database.read { sql in try await Self.codableText(of: source, on: sql) }
    }

    public func source(withID id: UUID) async throws -> CodingSource? {
        try await database.read { sql in
            let text = id.uuidString.lowercased()
            for kind in CodingSource.codableKinds {
                let found = try await sql.select().column("id").from(kind.collectionKey).where("id", .equal, text)
                    .first()
                if found != nil { return CodingSource(kind: kind, id: id) }
            }
            return nil
        }
    }

    /// The text of `source` read inside any transaction.
    static func codableText(of source: CodingSource, on sql: any SQLDatabase) async throws -> CodableText? {
        switch source.kind {
        case .testimony:
            guard
                try await sql.select().column("id").from("testimonies").where("id", .equal, source.idText).first()
                    != nil
            else { return nil }
            let cues = try await sql.select().columns("start_ms", "end_ms", "speaker", "text")
                .from("transcript_cues").where("testimony_id", .equal, source.idText).orderBy("position")
                .all(decoding: TranscriptCue.self)
            return CodableText(cues: cues)
        case .reflectiveLog:
            let log = try await sql.select().column("*").from(source.kind.collectionKey)
                .where("id", .equal, source.idText).first(decoding: ReflectiveLog.self)
            return log.map { CodableText(markdown: $0.codableBody) }
        case .document:
            let document = try await sql.select().column("*").from(source.kind.collectionKey)
                .where("id", .equal, source.idText).first(decoding: Document.self)
            return document?.codableText
        default:
            let row = try await sql.select().column("body").from(source.kind.collectionKey)
                .where("id", .equal, source.idText).first()
            return try row.map { CodableText(markdown: try $0.decode(column: "body", as: String.self)) }
        }
    }

    public func add(_ codings: [Coding]) async throws -> [Coding] {
        try await database.write { sql in
            let stored = try await Self.insert(codings, on: sql)
            for coding in stored {
                try await AuditLog.record(
                    .created, kind: "coding", id: coding.id.description,
                    summary: coding.isTimeOnly
                        ? "Coded \(TimeSpanText.preciseClock(coding.startMs ?? 0))–"
                            + "\(TimeSpanText.preciseClock(coding.endMs ?? 0)) of the recording of "
                            + "\(coding.source.kind.singularName) \(coding.source.idText)."
                        : "Coded a passage of \(coding.source.kind.singularName) \(coding.source.idText).",
                    changes: [
                        AuditChange(field: "code_id", from: nil, to: .string(coding.codeID.description)),
                        AuditChange(field: "source", from: nil, to: .string(coding.source.key)),
                        AuditChange(field: "excerpt", from: nil, to: .string(coding.excerpt)),
                    ].filter { $0.to != .string("") }, on: sql)
            }
            return stored
        }
    }

    /// The text a passage of `source` is checked and quoted against. For a document that is its `text` column
    /// alone: its layout (a JSON list of blocks, most of the time of reading a long document) plays no part in a
    /// passage's positions, excerpt or times.
    static func passageText(of source: CodingSource, on sql: any SQLDatabase) async throws -> CodableText? {
        guard source.kind == .document else { return try await codableText(of: source, on: sql) }
        let row = try await sql.select().column("text").from(source.kind.collectionKey)
            .where("id", .equal, source.idText).first()
        return try row.map { CodableText(text: try $0.decode(column: "text", as: String.self), blocks: []) }
    }

    /// Checks and inserts codings inside any transaction; the stored codings (excerpts and times filled) come back.
    static func insert(_ codings: [Coding], on sql: any SQLDatabase) async throws -> [Coding] {
        var texts: [CodingSource: CodableText] = [:]
        var durations: [CodingSource: Int?] = [:]
        var checked: [Coding] = []
        var problems: [FieldProblem] = []
        let codeIDs = Set(
            try await sql.select().column("id").from("codes").all().map {
                try $0.decode(column: "id", as: String.self)
            })
        let coderIDs = Set(
            try await sql.select().column("id").from("coders").all().map {
                try $0.decode(column: "id", as: String.self)
            })
        for (index, var coding) in codings.enumerated() {
            let path = codings.count == 1 ? "" : "codings[\(index)]."
            if !codeIDs.contains(coding.codeID.description) {
                problems.append(
                    FieldProblem(field: path + "code_id", message: "The code \(coding.codeID) does not exist."))
            }
            if !coderIDs.contains(coding.coderID.description) {
                problems.append(
                    FieldProblem(field: path + "coder_id", message: "The coder \(coding.coderID) does not exist."))
            }
            if texts[coding.source] == nil {
                texts[coding.source] = try await passageText(of: coding.source, on: sql)
            }
            guard let text = texts[coding.source] else {
                problems.append(
                    FieldProblem(field: path + "source", message: "The source \(coding.source) does not exist."))
                continue
            }
            // A coding with no text range that says which stretch of a recording it covers is a timed coding.
            if coding.start == coding.end, coding.startMs != nil || coding.endMs != nil {
                guard coding.source.isTimed else {
                    problems.append(
                        FieldProblem(
                            field: path + "source",
                            message: "Only a testimony's recording can be coded by time; \(coding.source) has none."))
                    continue
                }
                if durations[coding.source] == nil {
                    durations[coding.source] = .some(try await recordingDuration(of: coding.source, on: sql))
                }
                let found = Coding.recordingProblems(
                    startMs: coding.startMs, endMs: coding.endMs, durationMs: durations[coding.source] ?? nil)
                guard found.isEmpty, let startMs = coding.startMs else {
                    problems += found.map { $0.prefixed(by: String(path.dropLast())) }
                    continue
                }
                coding.start = text.position(atMs: startMs)
                coding.end = coding.start
                coding.excerpt = ""
                checked.append(coding)
                continue
            }
            if let problem = text.problem(start: coding.start, end: coding.end) {
                problems.append(problem.prefixed(by: String(path.dropLast())))
                continue
            }
            coding.excerpt = text.excerpt(start: coding.start, end: coding.end) ?? ""
            if coding.source.isTimed {
                let range = text.timeRange(start: coding.start, end: coding.end)
                coding.startMs = range?.startMs
                coding.endMs = range?.endMs
            } else {
                coding.startMs = nil
                coding.endMs = nil
            }
            checked.append(coding)
            if problems.count >= 50 { break }
        }
        guard problems.isEmpty else { throw StoreError.conflict(problems) }
        try await insertChecked(checked, on: sql)
        return checked
    }

    /// How long a testimony's recording lasts, when that is known.
    static func recordingDuration(of source: CodingSource, on sql: any SQLDatabase) async throws -> Int? {
        try await sql.select().column("duration_ms").from("testimonies").where("id", .equal, source.idText).first()
            .flatMap { try $0.decodeNil(column: "duration_ms") ? nil : $0.decode(column: "duration_ms", as: Int.self) }
    }

    /// Inserts codings already checked against their sources, in batches.
    static func insertChecked(_ codings: [Coding], on sql: any SQLDatabase) async throws {
        // Bound values rather than encoded models: an import inserts 100,000 of these, and encoding each row
        // through Codable was a tenth of the time. 1,000 rows of 12 values stay within every engine's bind limit.
        for chunk in codings.chunked(by: 1_000) {
            let insert = sql.insert(into: "codings").columns(CodingRow.columns)
            for coding in chunk {
                insert.values(
                    SQLBind(coding.id.description), SQLBind(coding.codeID.description),
                    SQLBind(coding.source.kind.rawValue), SQLBind(coding.source.idText),
                    SQLBind(coding.coderID.description), SQLBind(coding.start), SQLBind(coding.end),
                    SQLBind(coding.startMs), SQLBind(coding.endMs), SQLBind(coding.excerpt), SQLBind(coding.memo),
                    SQLBind(coding.createdAt.timeIntervalSince1970))
            }
            try await insert.run()
        }
    }

    public func coding(_ id: Coding.ID) async throws -> Coding? {
        try await database.read { sql in
            try await Self.codings(where: ["id": id.description], on: sql).first
        }
    }

    public func codings(of source: CodingSource) async throws -> [Coding] {
        try await database.read { sql in
            try await Self.codings(where: ["source_kind": source.kind.rawValue, "source_id": source.idText], on: sql)
        }
    }

    public func codings(codes: Set<Code.ID>?) async throws -> [Coding] {
        try await database.read { sql in
            guard let codes else { return try await Self.codings(where: [:], on: sql) }
            var all: [Coding] = []
            for chunk in codes.map(\.description).sorted().chunked(by: Self.batchSize) {
                let rows = try await sql.select().columns(CodingRow.columns).from("codings")
                    .where("code_id", .in, Array(chunk)).all(decoding: CodingRow.self)
                all += rows.compactMap(\.coding)
            }
            return all.sorted { ($0.source, $0.start, $0.end, $0.id) < ($1.source, $1.start, $1.end, $1.id) }
        }
    }

    static func codings(where filters: [String: String], on sql: any SQLDatabase) async throws -> [Coding] {
        let select = sql.select().columns(CodingRow.columns).from("codings")
        for (column, value) in filters.sorted(by: { $0.key < $1.key }) {
            select.where(SQLIdentifier(column), .equal, SQLBind(value))
        }
        return try await select.orderBy("source_kind").orderBy("source_id").orderBy("start_offset")
            .orderBy("end_offset").orderBy("id").all(decoding: CodingRow.self).compactMap(\.coding)
    }

    public func setMemo(_ memo: String, on coding: Coding.ID) async throws {
        try await database.write { sql in
            guard let stored = try await Self.codings(where: ["id": coding.description], on: sql).first else {
                throw StoreError.notFound("The coding \(coding)")
            }
            try await sql.update("codings").set("memo", to: memo).where("id", .equal, coding.description).run()
            let changes = AuditChange.between(["memo": .string(stored.memo)], ["memo": .string(memo)])
            if !changes.isEmpty {
                try await AuditLog.record(
                    .updated, kind: "coding", id: coding.description, summary: "Changed the memo of a coding.",
                    changes: changes, on: sql)
            }
        }
    }

    public func deleteCoding(_ id: Coding.ID) async throws {
        try await database.write { sql in
            guard let stored = try await Self.codings(where: ["id": id.description], on: sql).first else {
                throw StoreError.notFound("The coding \(id)")
            }
            try await sql.delete(from: "codings").where("id", .equal, id.description).run()
            try await AuditLog.record(
                .deleted, kind: "coding", id: id.description,
                summary: "Deleted a coding of \(stored.source.kind.singularName) \(stored.source.idText).", on: sql)
        }
    }

    /// Removes the codings of a deleted source; for use inside the transaction that deletes it.
    static func deleteCodings(of kind: EntityKind, id: String, on sql: any SQLDatabase) async throws {
        guard CodingSource.codableKinds.contains(kind) else { return }
        try await sql.delete(from: "codings").where("source_kind", .equal, kind.rawValue)
            .where("source_id", .equal, id).run()
        try await sql.delete(from: "annotations").where("source_kind", .equal, kind.rawValue)
            .where("source_id", .equal, id).run()
        try await sql.delete(from: "case_sources").where("source_kind", .equal, kind.rawValue)
            .where("source_id", .equal, id).run()
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
