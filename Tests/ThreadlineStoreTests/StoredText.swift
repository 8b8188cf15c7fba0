import SQLKit
import ThreadlineStore

/// Every value of every column of `table` that reads as text, straight from the database.
///
/// Used to check that secrets are never stored in the clear.
func storedText(in table: String, of store: ThreadlineStore) async throws -> [String] {
    try await store.database.read { sql in
        let rows = try await sql.select().column("*").from(table).all()
        var values: [String] = []
        for row in rows {
            for column in row.allColumns where try !row.decodeNil(column: column) {
                if let text = try? row.decode(column: column, as: String.self) { values.append(text) }
            }
        }
        return values
    }
}
