import Foundation
public import Logging
import NIOPosix
public import SQLKit
import SQLiteKit
import Synchronization

/// An open Threadline database: SQLite (one writer connection and a few reader connections to one file) or a
/// pool of connections to a PostgreSQL server.
///
/// On SQLite, reads run concurrently on the readers (WAL mode lets them proceed while a write is in progress);
/// writes queue for the single writer and each runs as one transaction, so a failed import or form save leaves
/// nothing half-written. An in-memory database has one connection, used for both. On PostgreSQL, reads take any
/// pooled connection and each write holds one connection for its whole transaction.
public final class Database: Sendable {
    /// Where the data lives.
    public let url: DatabaseURL
    private let connections: Connections
    private let writeLock = AsyncLock()
    private let readerCursor = RoundRobinCounter()
    private let contentChanges = RoundRobinCounter()
    private let logger: Logger
    /// What the database is doing, for the server's metrics.
    public let activity = DatabaseActivity()

    /// The connections of one engine.
    private enum Connections: Sendable {
        case sqlite(writer: SQLiteConnection, readers: [SQLiteConnection])
        case postgres(PostgresPool)
    }

    private init(url: DatabaseURL, connections: Connections, logger: Logger) {
        self.url = url
        self.connections = connections
        self.logger = logger
    }

    private convenience init(url: DatabaseURL, writer: SQLiteConnection, readers: [SQLiteConnection], logger: Logger) {
        self.init(url: url, connections: .sqlite(writer: writer, readers: readers), logger: logger)
    }

    /// How many connections the database may hold open at once: SQLite's writer and readers, or the size of the
    /// PostgreSQL pool.
    public var connectionLimit: Int {
        switch connections {
        case .sqlite(_, let readers): 1 + readers.count
        case .postgres(let pool): pool.maximumConnections
        }
    }

    /// The engine behind this database, for the few statements whose SQL differs.
    public var engine: DatabaseEngine { url.engine }

    /// Opens (creating if needed) the database at `url` and brings its schema up to date.
    ///
    /// On any failure every connection opened so far is closed before the error is thrown. `searchPath` names
    /// the PostgreSQL schema to keep the tables in (the server's default when `nil`; tests give each store a
    /// schema of its own); SQLite ignores it.
    public static func open(
        _ url: DatabaseURL, readerCount: Int = 4, searchPath: String? = nil, logger: Logger
    ) async throws -> Database {
        var opened: [SQLiteConnection] = []
        do {
            switch url {
            case .postgres(let text):
                return try await openPostgres(
                    url, text: text, readerCount: readerCount, searchPath: searchPath,
                    logger: logger)
            case .sqliteMemory:
                let connection = try await connect(.memory, logger: logger)
                opened.append(connection)
                try await configure(connection, journal: false)
                let database = Database(url: url, writer: connection, readers: [], logger: logger)
                try await Migrator(database: database).migrate()
                return database
            case .sqliteFile(let path):
                let directory = (path as NSString).deletingLastPathComponent
                if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
                    throw StoreError.badConfiguration("The folder \"\(directory)\" for the database does not exist.")
                }
                let writer: SQLiteConnection
                do {
                    writer = try await connect(.file(path: path), logger: logger)
                } catch {
                    throw StoreError.badConfiguration("Could not open the database file \"\(path)\": \(error)")
                }
                opened.append(writer)
                try await retryingWhenBusy {
                    try await configure(writer, journal: true)
                    // Another process may be migrating the same new file; wait for it as long as a migration can
                    // take, then go back to the usual wait.
                    try await writer.sql().raw("PRAGMA busy_timeout = 60000").run()
                    try await Migrator(database: Database(url: url, writer: writer, readers: [], logger: logger))
                        .migrate()
                }
                try await writer.sql().raw("PRAGMA busy_timeout = 5000").run()
                // Readers open after migrating, so none of them caches a schema that is about to change.
                var readers: [SQLiteConnection] = []
                for _ in 0..<max(1, readerCount) {
                    let reader = try await connect(.file(path: path), logger: logger)
                    opened.append(reader)
                    try await configure(reader, journal: false)
                    readers.append(reader)
                }
                return Database(url: url, writer: writer, readers: readers, logger: logger)
            }
        } catch {
            for connection in opened { try? await connection.close() }
            throw error
        }
    }

    /// Starts a pool (the readers plus one for the writer) and migrates through it; shuts it down on failure.
    private static func openPostgres(
        _ url: DatabaseURL, text: String, readerCount: Int, searchPath: String?, logger: Logger
    ) async throws -> Database {
        let pool = try PostgresPool(
            url: text, searchPath: searchPath, maximumConnections: max(1, readerCount) + 1, logger: logger)
        let database = Database(url: url, connections: .postgres(pool), logger: logger)
        do {
            if let searchPath {
                try await createSchema(searchPath, in: pool)
            }
            try await Migrator(database: database).migrate()
        } catch {
            await pool.shutdown()
            throw error
        }
        return database
    }

    /// Runs `body` again while SQLite answers "database is locked" at once. SQLite skips the busy wait when
    /// waiting could deadlock — two connections opening one new file, each holding a read lock while switching
    /// it to WAL or starting the migration — and the one that gets the error must let go and start over; the
    /// steps are safe to repeat (the migration is one transaction, rolled back on error).
    private static func retryingWhenBusy(_ body: () async throws -> Void) async throws {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch let error as SQLiteError where error.reason == .busy && attempt < 100 {
                attempt += 1
                try await Task.sleep(for: .milliseconds(20 + Int.random(in: 0..<30)))
            }
        }
    }

    /// Creates the schema a store was asked to keep its tables in, when it is not there yet, so an operator (or a
    /// test) can name a fresh one. Only plain lower-case names are taken, because a schema name cannot be bound.
    private static func createSchema(_ name: String, in pool: PostgresPool) async throws {
        let plain = name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_")
        }
        guard plain, !name.isEmpty, name.utf8.count <= 63, name.first?.isNumber == false else {
            throw StoreError.badConfiguration(
                "The schema name \"\(name)\" must be lower-case letters, digits and underscores (at most 63).")
        }
        try await pool.withConnection { sql in
            try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: name)").run()
        }
    }

    private static func connect(_ storage: SQLiteConnection.Storage, logger: Logger) async throws -> SQLiteConnection {
        try await SQLiteConnection.open(
            storage: storage, threadPool: NIOThreadPool.singleton, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton.any()
        )
    }

    private static func configure(_ connection: SQLiteConnection, journal: Bool) async throws {
        let sql = connection.sql()
        // The wait for locks comes first: switching to WAL needs a lock too, and two processes (or tests) opening
        // one new file at once would otherwise fail at once with "database is locked". The writer waits as long as
        // a migration by another opener can take (it goes back to 5 s once migrated); readers open afterwards.
        try await sql.raw(journal ? "PRAGMA busy_timeout = 60000" : "PRAGMA busy_timeout = 5000").run()
        if journal {
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await sql.raw("PRAGMA synchronous = NORMAL").run()
        }
        try await sql.raw("PRAGMA foreign_keys = ON").run()
        // 32 MiB of page cache (SQLite's default is 2 MiB): a large import's transaction otherwise spills pages to
        // the journal mid-way, which was a tenth of a 100,000-coding import.
        try await sql.raw("PRAGMA cache_size = -32768").run()
    }

    /// Runs read-only work on a reader connection.
    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        activity.readStarted()
        defer { activity.readEnded() }
        return try await performRead(body)
    }

    private func performRead<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        switch connections {
        case .sqlite(let writer, let readers):
            if readers.isEmpty {
                // One connection only: reads wait for writes so they never see a transaction half-way.
                return try await writeLock.withLock { try await body(writer.sql()) }
            }
            let reader = readers[readerCursor.next() % readers.count]
            return try await body(reader.sql())
        case .postgres(let pool):
            return try await pool.withConnection(body)
        }
    }

    /// Runs `body` as one write transaction: all of it is stored, or (when it throws) none of it.
    ///
    /// Writes within one process queue on PostgreSQL too, as they do for SQLite's single writer: the store's
    /// read-then-write transactions were written for one writer at a time, and under PostgreSQL's default
    /// isolation two of them side by side could each miss the other's change.
    public func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        activity.writeQueued()
        return try await writeLock.withLock {
            activity.writeStarted()
            let start = ContinuousClock.now
            var committed = false
            defer { activity.writeEnded(committed: committed, seconds: (ContinuousClock.now - start).seconds) }
            let result = try await performWrite(body)
            committed = true
            return result
        }
    }

    private func performWrite<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        switch self.connections {
        case .sqlite(let writer, _):
            return try await self.transaction(on: writer.sql(), begin: "BEGIN IMMEDIATE", body)
        case .postgres(let pool):
            // One pooled connection for the whole transaction: BEGIN, the body and COMMIT all run on it.
            return try await pool.withConnection { sql in
                try await self.transaction(on: sql, begin: "BEGIN", body)
            }
        }
    }

    /// Runs `body` between `begin` and COMMIT on `sql`, rolling back (and rethrowing the body's own error) when
    /// it throws.
    private func transaction<T: Sendable>(
        on sql: any SQLDatabase, begin: SQLQueryString, _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await sql.raw(begin).run()
        do {
            let result = try await body(sql)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            do {
                try await sql.raw("ROLLBACK").run()
            } catch let rollbackError {
                self.logger.error("Rollback failed: \(rollbackError)")
            }
            throw error
        }
    }

    /// How many content changes this process has committed: a cheap way for in-process caches to notice their
    /// own process's writes at once. Sessions, tokens and sign-in attempts do not count.
    public var contentChangeCount: Int { contentChanges.current }

    /// Records that a committed transaction changed content (called after the commit, never inside it).
    func noteContentChange() {
        _ = contentChanges.next()
    }

    /// Closes every connection; the database cannot be used afterwards.
    public func close() async throws {
        switch connections {
        case .sqlite(let writer, let readers):
            for reader in readers { try await reader.close() }
            try await writer.close()
        case .postgres(let pool):
            await pool.shutdown()
        }
    }
}

/// A thread-safe counter for spreading reads over connections.
final class RoundRobinCounter: Sendable {
    private let value = Mutex(0)

    var current: Int { value.withLock { $0 } }

    func next() -> Int {
        value.withLock { count in
            count &+= 1
            return count & Int.max
        }
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
