import Foundation

/// What to run instead of `threadline backup` and `restore` when the database is PostgreSQL, whose own tools
/// make consistent dumps.
struct PostgresBackupAdvice {
    /// The database URL with any password removed, so advice printed to a terminal or log never shows it.
    let redactedURL: String

    /// Advice for `databaseText`, or `nil` when it is not a PostgreSQL URL.
    init?(databaseText: String) {
        let text = databaseText.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") else { return nil }
        var components = URLComponents(string: text)
        components?.password = nil
        redactedURL = components?.string ?? "postgres://USER@HOST/DATABASE"
    }

    var backupMessage: String {
        """
        threadline backup copies SQLite databases only. Back up PostgreSQL with pg_dump, and copy the media \
        folder beside it:
          pg_dump -Fc --file=threadline.dump '\(redactedURL)'
        """
    }

    var restoreMessage: String {
        """
        threadline restore writes SQLite databases only. Restore a PostgreSQL dump with pg_restore:
          pg_restore --clean --if-exists --no-owner --dbname='\(redactedURL)' threadline.dump
        """
    }
}
