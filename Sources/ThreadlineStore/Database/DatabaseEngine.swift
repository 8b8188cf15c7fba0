import SQLKit

/// The database engine behind a `Database`, for the few statements whose SQL differs between engines.
public enum DatabaseEngine: String, Hashable, Sendable, CaseIterable {
    /// SQLite, in a file or in memory.
    case sqlite
    /// A PostgreSQL server.
    case postgres
}

extension DatabaseEngine {
    /// The engine behind `sql`, told by its SQLKit dialect, for code that is handed a connection rather than the
    /// `Database` (search indexing, say).
    init(of sql: any SQLDatabase) {
        self = sql.dialect.name == "postgresql" ? .postgres : .sqlite
    }
}
