import ArgumentParser
import Configuration
import Foundation
import Logging
import Synchronization
import ThreadlineCore
import ThreadlineStore

/// The `--db` option every data command shares, and how it is resolved.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database URL, e.g. sqlite:///srv/threadline.sqlite.",
            discussion: """
                Defaults to $THREADLINE_DB, then $DB_URL, then \(DatabaseURL.defaultText) — or, where only the \
                demo's database is in this folder, the demo's (\(DemoCommand.demoDatabase)).
                """,
            valueName: "url"
        )
    )
    var db: String?

    /// The URL's text in force: the flag, else `THREADLINE_DB`, else `DB_URL` (see `HubConfiguration`), else
    /// `fallback` — except that in a folder holding only the demo's database, a command given no database uses the
    /// demo's and says so: someone who has just tried `threadline demo` and runs `threadline token create` there
    /// means the hub they were looking at, not a new empty one.
    /// `usingDemo: false` keeps the default for commands that create a database (`restore`).
    func text(fallback: String = DatabaseURL.defaultText, usingDemo: Bool = true) -> String {
        let given = HubConfiguration(flags: HubConfiguration.flag("threadline.db", db, secret: true))
            .databaseText(fallback: "")
        guard given.isEmpty else { return given }
        if usingDemo, fallback == DatabaseURL.defaultText, let demo = Self.demoInstead(of: fallback) {
            return demo
        }
        return fallback
    }

    /// Whether this run has already said that it uses the demo's database.
    private static let demoNoticeGiven = Atomic<Bool>(false)

    /// The demo's database when the default database does not exist in this folder and the demo's does, after
    /// saying so on standard error; `nil` otherwise.
    static func demoInstead(
        of defaultText: String, in folder: String = FileManager.default.currentDirectoryPath
    ) -> String? {
        guard case .sqliteFile(let defaultPath)? = try? DatabaseURL(parsing: defaultText),
            case .sqliteFile(let demoPath)? = try? DatabaseURL(parsing: DemoCommand.demoDatabase)
        else { return nil }
        func exists(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: path.hasPrefix("/") ? path : folder + "/" + path)
        }
        guard !exists(defaultPath), exists(demoPath) else { return nil }
        // Said once per run, however often a command asks which database it has.
        guard !demoNoticeGiven.exchange(true, ordering: .relaxed) else { return DemoCommand.demoDatabase }
        FileHandle.standardError.write(
            Data(
                "threadline: using the demo's database, \(demoPath) (no --db was given and \(defaultPath) does not exist)\n"
                    .utf8))
        return DemoCommand.demoDatabase
    }

    /// The URL in force (see `text(fallback:)`).
    func resolved(fallback: String = DatabaseURL.defaultText, usingDemo: Bool = true) throws -> DatabaseURL {
        let text = text(fallback: fallback, usingDemo: usingDemo)
        do {
            return try DatabaseURL(parsing: text)
        } catch {
            throw ArgumentParser.ValidationError(error.description)
        }
    }

    /// Opens the store, turning failures into one clear message.
    func openStore(fallback: String = DatabaseURL.defaultText, logger: Logger) async throws -> ThreadlineStore {
        try await openNamedStore(fallback: fallback, logger: logger).store
    }

    /// Opens the store and says which database it is (the password of a server URL hidden), for messages that
    /// must name the file a command looked in.
    func openNamedStore(fallback: String = DatabaseURL.defaultText, logger: Logger) async throws -> (
        store: ThreadlineStore, url: DatabaseURL
    ) {
        let url = try resolved(fallback: fallback)
        do {
            return (try await ThreadlineStore.open(url, logger: logger), url)
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
