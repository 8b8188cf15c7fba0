import ArgumentParser
import Configuration
import Foundation
import Logging
import ThreadlineCore
import ThreadlineStore

/// The `--db` option every data command shares, and how it is resolved.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database URL, e.g. sqlite:///srv/threadline.sqlite.",
            discussion: "Defaults to $THREADLINE_DB, then $DB_URL, then \(DatabaseURL.defaultText).",
            valueName: "url"
        )
    )
    var db: String?

    /// The URL's text in force: the flag, else `THREADLINE_DB`, else `DB_URL` (see `HubConfiguration`), else
    /// `fallback`.
    func text(fallback: String = DatabaseURL.defaultText) -> String {
        HubConfiguration(flags: HubConfiguration.flag("threadline.db", db, secret: true))
            .databaseText(fallback: fallback)
    }

    /// The URL in force (see `text(fallback:)`).
    func resolved(fallback: String = DatabaseURL.defaultText) throws -> DatabaseURL {
        let text = text(fallback: fallback)
        do {
            return try DatabaseURL(parsing: text)
        } catch {
            throw ArgumentParser.ValidationError(error.description)
        }
    }

    /// Opens the store, turning failures into one clear message.
    func openStore(fallback: String = DatabaseURL.defaultText, logger: Logger) async throws -> ThreadlineStore {
        let url = try resolved(fallback: fallback)
        do {
            return try await ThreadlineStore.open(url, logger: logger)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}

/// A failure reported as one line on standard error, with a non-zero exit status.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Logger {
    /// The CLI's logger: warnings and errors only, unless asked for more.
    static func command(level: Logger.Level = .warning) -> Logger {
        var logger = Logger(label: "threadline")
        logger.logLevel = level
        return logger
    }
}
