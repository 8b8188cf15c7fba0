import Foundation
import SQLKit

/// Moves a whole programme from one database to another (SQLite to PostgreSQL, or back), then proves the copy
/// by counting and checksumming every table on both sides.
///
/// The source is read in one read transaction, so a server may go on writing to it; the target is written in
/// one write transaction, so a failed copy leaves it as it was. The search index is rebuilt on the target
/// rather than copied, because each engine keeps it in its own form.
public struct DatabaseCopier: Sendable {
    /// The database to copy from.
    public let source: Database
    /// The database to copy into; it must hold no content and no users.
    public let target: Database

    /// Creates a copier.
    public init(source: Database, target: Database) {
        self.source = source
        self.target = target
    }

    /// Copies every table and verifies the copy.
    ///
    /// - Throws: ``StoreError/badConfiguration(_:)`` when the target already holds data or the two schemas differ
    ///   (nothing is written), or the database's own error when a row cannot be written (nothing is kept).
    public func copy() async throws -> DatabaseCopyReport {
        let sourceLayout = try await source.read { sql in try await TableLayout.read(on: sql, engine: source.engine) }
        let targetLayout = try await target.read { sql in try await TableLayout.read(on: sql, engine: target.engine) }
        try Self.checkSameShape(sourceLayout, targetLayout)
        let sourceRows = try await readAll(from: source, layout: targetLayout)
        let indexed = try await target.write { sql in
            try await Self.checkEmpty(on: sql, layout: targetLayout)
            for table in targetLayout.tables.reversed() {
                // Migrations seed the content version's row; the source has its own.
                try await sql.delete(from: table).run()
            }
            for table in targetLayout.tables {
                let rows = try Self.parentsFirst(sourceRows[table] ?? [], table: table, layout: targetLayout)
                try await Self.insert(rows, into: table, columns: targetLayout.columns[table] ?? [], on: sql)
            }
            if target.engine == .postgres {
                try await Self.advanceIdentities(on: sql, tables: targetLayout.tables)
            }
            return try await SearchIndex.rebuild(on: sql)
        }
        target.noteContentChange()
        let copiedRows = try await readAll(from: target, layout: targetLayout)
        let tables = targetLayout.tables.map { table in
            let columns = targetLayout.columns[table] ?? []
            let from = sourceRows[table] ?? []
            let to = copiedRows[table] ?? []
            return DatabaseCopyReport.Table(
                name: table, sourceRows: from.count, targetRows: to.count,
                sourceChecksum: CopiedRow.tableChecksum(from, columns: columns),
                targetChecksum: CopiedRow.tableChecksum(to, columns: columns))
        }
        return DatabaseCopyReport(tables: tables, searchDocuments: indexed)
    }

    /// Every data table's rows, read in one transaction so they agree with each other.
    private func readAll(from database: Database, layout: TableLayout) async throws -> [String: [CopiedRow]] {
        try await database.read { sql in
            let begin: SQLQueryString =
                database.engine == .postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN"
            try await sql.raw(begin).run()
            do {
                var rows: [String: [CopiedRow]] = [:]
                for table in layout.tables {
                    let columns = layout.columns[table] ?? []
                    rows[table] = try await sql.select().columns(columns.map { SQLColumn($0.name) }).from(table)
                        .all().map { try CopiedRow($0, columns: columns) }
                }
                try await sql.raw("COMMIT").run()
                return rows
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Refuses schemas that differ: the same build opens both, so a difference means one was not migrated.
    private static func checkSameShape(_ source: TableLayout, _ target: TableLayout) throws {
        let missing = Set(source.tables).symmetricDifference(target.tables).sorted()
        guard missing.isEmpty else {
            throw StoreError.badConfiguration(
                "The two databases have different tables (\(missing.joined(separator: ", "))); nothing was copied.")
        }
        for table in target.tables {
            let left = source.columns[table]?.map(\.name).sorted() ?? []
            let right = target.columns[table]?.map(\.name).sorted() ?? []
            guard left == right else {
                throw StoreError.badConfiguration(
                    "The table \(table) has different columns in the two databases; nothing was copied.")
            }
        }
    }

    /// Refuses a target that holds anything a person made, so a copy never merges two programmes.
    private static func checkEmpty(on sql: any SQLDatabase, layout: TableLayout) async throws {
        var filled: [String] = []
        for table in layout.tables where !seededTables.contains(table) {
            let count =
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from(table)
                .first(decodingColumn: "n", as: Int.self) ?? 0
            if count > 0 { filled.append("\(table) (\(count))") }
        }
        guard filled.isEmpty else {
            throw StoreError.badConfiguration(
                "The target database already holds data in \(filled.joined(separator: ", ")); copy into a new, "
                    + "empty database. Nothing was copied.")
        }
    }

    /// Tables the migrations fill themselves; their rows are replaced by the source's.
    static let seededTables: Set<String> = ["content_version"]

    /// The rows of `table` with each row after any row of the same table it refers to (a theory's revision after
    /// the version it revises), so foreign keys hold as each row goes in.
    static func parentsFirst(_ rows: [CopiedRow], table: String, layout: TableLayout) throws -> [CopiedRow] {
        let references = layout.selfReferences(of: table)
        guard !references.isEmpty, let columns = layout.columns[table] else { return rows }
        var placed: [CopiedRow] = []
        var placedKeys: Set<[CopiedRow.Value]> = []
        var waiting = rows
        while !waiting.isEmpty {
            var next: [CopiedRow] = []
            for row in waiting {
                let ready = references.allSatisfy { key in
                    guard let wanted = row.key(key.columns, in: columns) else { return true }
                    return wanted == row.key(key.referencedColumns, in: columns)
                        || placedKeys.contains(wanted)
                        || !rows.contains { $0.key(key.referencedColumns, in: columns) == wanted }
                }
                if ready {
                    placed.append(row)
                    for key in references {
                        if let own = row.key(key.referencedColumns, in: columns) { placedKeys.insert(own) }
                    }
                } else {
                    next.append(row)
                }
            }
            guard next.count < waiting.count else {
                throw StoreError.badConfiguration(
                    "Rows of \(table) refer to each other in a circle; they cannot be copied one after another.")
            }
            waiting = next
        }
        return placed
    }

    /// Inserts `rows` a batch at a time, keeping each statement well under both engines' limits on parameters.
    private static func insert(
        _ rows: [CopiedRow], into table: String, columns: [TableLayout.Column], on sql: any SQLDatabase
    ) async throws {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let batch = max(1, 8_000 / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + batch)
            let insert = sql.insert(into: table).columns(columns.map(\.name))
            for row in rows[start..<end] {
                insert.values(row.values.map(\.bindable))
            }
            try await insert.run()
            start = end
        }
    }

    /// Moves each identity column's sequence past the copied ids, so the next row made on the target gets a new
    /// one instead of colliding with a copied row.
    private static func advanceIdentities(on sql: any SQLDatabase, tables: [String]) async throws {
        let identities = try await sql.raw(
            """
            SELECT table_name, column_name FROM information_schema.columns \
            WHERE table_schema = current_schema() AND is_identity = 'YES'
            """
        ).all()
        for row in identities {
            let table = try row.decode(column: "table_name", as: String.self)
            let column = try row.decode(column: "column_name", as: String.self)
            guard tables.contains(table) else { continue }
            try await sql.raw(
                """
                SELECT setval(pg_get_serial_sequence(\(bind: table), \(bind: column)), \
                COALESCE((SELECT MAX(\(ident: column)) FROM \(ident: table)), 0) + 1, false)
                """
            ).run()
        }
    }
}
