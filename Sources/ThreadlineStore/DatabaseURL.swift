import Foundation

/// Where the data lives, parsed from a `--db` URL.
///
/// `sqlite://./threadline.sqlite` (relative), `sqlite:///srv/threadline.sqlite` (absolute) and
/// `sqlite::memory:` (tests) are understood. PostgreSQL URLs are recognised so the error can say plainly
/// that this build does not serve them yet.
public enum DatabaseURL: Hashable, Sendable, CustomStringConvertible {
    /// An SQLite database file.
    case sqliteFile(path: String)
    /// An SQLite database in memory, gone when the process ends.
    case sqliteMemory

    /// The default when neither `--db` nor `THREADLINE_DB` is given.
    public static let defaultText = "sqlite://./threadline.sqlite"

    /// Parses a database URL, or throws a message that says what is understood.
    public init(parsing text: String) throws(StoreError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "sqlite::memory:" || trimmed == "sqlite://:memory:" {
            self = .sqliteMemory
            return
        }
        if trimmed.hasPrefix("sqlite://") {
            let path = String(trimmed.dropFirst("sqlite://".count))
            guard !path.isEmpty else {
                throw StoreError.badConfiguration("The database URL \"\(text)\" names no file.")
            }
            self = .sqliteFile(path: path)
            return
        }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            throw StoreError.badConfiguration(
                "PostgreSQL is not supported by this version of Threadline yet; use sqlite://PATH."
            )
        }
        throw StoreError.badConfiguration(
            "\"\(text)\" is not a database URL Threadline understands. Use sqlite://PATH "
                + "(sqlite://./threadline.sqlite, sqlite:///srv/threadline.sqlite) or sqlite::memory:."
        )
    }

    public var description: String {
        switch self {
        case .sqliteFile(let path): "sqlite://\(path)"
        case .sqliteMemory: "sqlite::memory:"
        }
    }
}
