import SQLKit

/// The tables of an open database as the catalogue describes them: names, columns with the kind of value each
/// holds, and the foreign keys between them. `threadline copy` reads it to move every row without a list of
/// tables of its own, so a table added by a later migration is copied too.
struct TableLayout: Sendable {
    /// The kind of value a column holds, read from its declared type.
    enum ColumnKind: String, Sendable {
        case integer, double, text
    }

    /// One column.
    struct Column: Sendable, Equatable {
        var name: String
        var kind: ColumnKind
    }

    /// A foreign key: `columns` of `table` refer to `referencedColumns` of `referencedTable`.
    struct ForeignKey: Sendable, Equatable {
        var table: String
        var columns: [String]
        var referencedTable: String
        var referencedColumns: [String]
    }

    /// Every data table, parents before the tables that refer to them.
    var tables: [String]
    /// Each table's columns, in the catalogue's order (generated columns left out: the database computes them).
    var columns: [String: [Column]]
    /// Every foreign key between data tables.
    var foreignKeys: [ForeignKey]

    /// Tables that are not data: the migration ledger (each database keeps its own) and the search index, which
    /// is rebuilt from the content rather than copied, since SQLite keeps it in FTS5 and PostgreSQL in a tsvector.
    static func isData(_ table: String) -> Bool {
        table != "schema_migrations" && !table.hasPrefix("search_documents") && !table.hasPrefix("search_index")
            && !table.hasPrefix("sqlite_")
    }

    /// Reads the layout of the database behind `sql`.
    static func read(on sql: any SQLDatabase, engine: DatabaseEngine) async throws -> TableLayout {
        let names = try await tableNames(on: sql, engine: engine).filter(isData)
        var columns: [String: [Column]] = [:]
        var keys: [ForeignKey] = []
        for name in names {
            columns[name] = try await self.columns(of: name, on: sql, engine: engine)
        }
        keys = try await foreignKeys(on: sql, engine: engine).filter {
            columns[$0.table] != nil && columns[$0.referencedTable] != nil
        }
        return TableLayout(tables: try ordered(names, by: keys), columns: columns, foreignKeys: keys)
    }

    /// The foreign keys of `table` that refer to `table` itself.
    func selfReferences(of table: String) -> [ForeignKey] {
        foreignKeys.filter { $0.table == table && $0.referencedTable == table }
    }

    private static func tableNames(on sql: any SQLDatabase, engine: DatabaseEngine) async throws -> [String] {
        let query: SQLQueryString =
            switch engine {
            case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            case .postgres:
                """
                SELECT table_name AS name FROM information_schema.tables \
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                """
            }
        return try await sql.raw(query).all(decodingColumn: "name", as: String.self)
    }

    private static func columns(of table: String, on sql: any SQLDatabase, engine: DatabaseEngine) async throws
        -> [Column]
    {
        let query: SQLQueryString =
            switch engine {
            case .sqlite: "SELECT name, type FROM pragma_table_info(\(bind: table)) ORDER BY cid"
            case .postgres:
                """
                SELECT column_name AS name, data_type AS type FROM information_schema.columns \
                WHERE table_schema = current_schema() AND table_name = \(bind: table) AND is_generated = 'NEVER' \
                ORDER BY ordinal_position
                """
            }
        return try await sql.raw(query).all().map { row in
            Column(
                name: try row.decode(column: "name", as: String.self),
                kind: kind(ofDeclared: try row.decode(column: "type", as: String.self)))
        }
    }

    /// The kind of a declared type, by SQLite's affinity rules (which also cover PostgreSQL's type names):
    /// INT anywhere means whole numbers; REAL, FLOA or DOUB means floating point; everything else is kept as text.
    static func kind(ofDeclared type: String) -> ColumnKind {
        let upper = type.uppercased()
        if upper.contains("INT") { return .integer }
        if upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB") { return .double }
        return .text
    }

    /// One column of a foreign key, as the catalogue lists it; `key` tells the columns of one key apart.
    private struct KeyColumn {
        var key: String
        var table: String
        var column: String
        var referencedTable: String
        var referencedColumn: String
    }

    private static func foreignKeys(on sql: any SQLDatabase, engine: DatabaseEngine) async throws -> [ForeignKey] {
        var columns: [KeyColumn] = []
        switch engine {
        case .sqlite:
            for table in try await tableNames(on: sql, engine: engine).filter(isData) {
                let rows = try await sql.raw(
                    """
                    SELECT id, "table" AS parent, "from" AS child_column, "to" AS parent_column \
                    FROM pragma_foreign_key_list(\(bind: table)) ORDER BY id, seq
                    """
                ).all()
                for row in rows {
                    columns.append(
                        KeyColumn(
                            key: "\(table).\(try row.decode(column: "id", as: Int.self))", table: table,
                            column: try row.decode(column: "child_column", as: String.self),
                            referencedTable: try row.decode(column: "parent", as: String.self),
                            // A key naming no parent column refers to the parent's primary key, `id` throughout.
                            referencedColumn: try row.decode(column: "parent_column", as: String?.self) ?? "id"))
                }
            }
        case .postgres:
            let rows = try await sql.raw(
                """
                SELECT c.oid::bigint AS id, child.relname AS child_table, parent.relname AS parent_table, \
                a.attname AS child_column, pa.attname AS parent_column \
                FROM pg_constraint c \
                JOIN pg_class child ON child.oid = c.conrelid \
                JOIN pg_class parent ON parent.oid = c.confrelid \
                CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child_number, parent_number, n) \
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.child_number \
                JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_number \
                WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace \
                ORDER BY c.oid, k.n
                """
            ).all()
            for row in rows {
                columns.append(
                    KeyColumn(
                        key: String(try row.decode(column: "id", as: Int.self)),
                        table: try row.decode(column: "child_table", as: String.self),
                        column: try row.decode(column: "child_column", as: String.self),
                        referencedTable: try row.decode(column: "parent_table", as: String.self),
                        referencedColumn: try row.decode(column: "parent_column", as: String.self)))
            }
        }
        return grouped(columns)
    }

    /// The keys the columns make up, in the catalogue's order, each key's columns in their order.
    private static func grouped(_ columns: [KeyColumn]) -> [ForeignKey] {
        var keys: [(String, ForeignKey)] = []
        for column in columns {
            if let index = keys.firstIndex(where: { $0.0 == column.key }) {
                keys[index].1.columns.append(column.column)
                keys[index].1.referencedColumns.append(column.referencedColumn)
            } else {
                keys.append(
                    (
                        column.key,
                        ForeignKey(
                            table: column.table, columns: [column.column], referencedTable: column.referencedTable,
                            referencedColumns: [column.referencedColumn])
                    ))
            }
        }
        return keys.map(\.1)
    }

    /// `names` with every table after the tables it refers to (ties kept in name order, so the order is stable).
    static func ordered(_ names: [String], by keys: [ForeignKey]) throws -> [String] {
        var remaining = names
        var placed: [String] = []
        var placedSet: Set<String> = []
        while !remaining.isEmpty {
            let ready = remaining.filter { table in
                keys.allSatisfy { key in
                    key.table != table || key.referencedTable == table || placedSet.contains(key.referencedTable)
                }
            }
            guard !ready.isEmpty else {
                throw StoreError.badConfiguration(
                    "The tables \(remaining.joined(separator: ", ")) refer to each other in a circle; they cannot "
                        + "be copied one after another.")
            }
            placed += ready
            placedSet.formUnion(ready)
            remaining.removeAll { placedSet.contains($0) }
        }
        return placed
    }
}
