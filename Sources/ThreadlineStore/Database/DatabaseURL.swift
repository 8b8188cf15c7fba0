import Foundation

/// Where the data lives, parsed from a `--db` URL.
///
/// `sqlite://./threadline.sqlite` (relative), `sqlite:///srv/threadline.sqlite` (absolute) and
/// `sqlite::memory:` (tests) are understood, and so are PostgreSQL server URLs
/// (`postgres://user:password@host:5432/database`, or `postgresql://…`).
public enum DatabaseURL: Hashable, Sendable, CustomStringConvertible {
    /// An SQLite database file.
    case sqliteFile(path: String)
    /// An SQLite database in memory, gone when the process ends.
    case sqliteMemory
    /// A PostgreSQL database, as the URL text given (PostgresKit reads the connection settings from it).
    case postgres(url: String)

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
                throw StoreError.badConfiguration("The database URL \"\(trimmed)\" names no file.")
            }
            self = .sqliteFile(path: path)
            return
        }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            // Messages quote the URL without its password, since they end up in logs and terminals.
            let shown = Self.hidingPassword(in: trimmed)
            guard let components = URLComponents(string: trimmed) else {
                throw StoreError.badConfiguration("The database URL \"\(shown)\" is not a well-formed URL.")
            }
            guard let host = components.host, !host.isEmpty else {
                throw StoreError.badConfiguration(
                    "The database URL \"\(shown)\" names no server; use postgres://USER@HOST:PORT/DATABASE.")
            }
            guard let user = components.user, !user.isEmpty else {
                throw StoreError.badConfiguration(
                    "The database URL \"\(shown)\" names no user; use postgres://USER@HOST:PORT/DATABASE.")
            }
            self = .postgres(url: trimmed)
            return
        }
        // Quoted without any password: a URL meant for another program (mysql://app:secret@…) ends up here too.
        throw StoreError.badConfiguration(
            "\"\(Self.hidingPassword(in: trimmed))\" is not a database URL Threadline understands. Use sqlite://PATH "
                + "(sqlite://./threadline.sqlite, sqlite:///srv/threadline.sqlite), sqlite::memory: "
                + "or postgres://USER@HOST:PORT/DATABASE."
        )
    }

    /// Which engine serves this URL.
    public var engine: DatabaseEngine {
        switch self {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .postgres
        }
    }

    /// The URL as text, with any PostgreSQL password replaced by `***` so it can be logged.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "sqlite://\(path)"
        case .sqliteMemory: "sqlite::memory:"
        case .postgres(let url): Self.hidingPassword(in: url)
        }
    }

    /// `text` with the password of its user information (between the first `:` after the scheme and the `@`
    /// that ends the user information) replaced by `***`; unchanged when it has none.
    static func hidingPassword(in text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let rest = text[schemeEnd.upperBound...]
        // The last `@` anywhere ends the user information: a generated password may hold an unencoded `/`, `?` or
        // `#`, and stopping at those would leave such a password showing. A URL whose path holds an `@` loses a
        // little of its path from view instead, which is the safe way round.
        guard let at = rest.lastIndex(of: "@"),
            let colon = rest[..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
