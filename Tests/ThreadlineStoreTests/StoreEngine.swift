import Foundation
import Logging
import PostgresKit
import Testing
import ThreadlineCore
import ThreadlineStore

/// A database engine the store's contract suite runs on.
///
/// Every contract test takes an engine as its argument, so each assertion runs on each engine. PostgreSQL joins
/// when `THREADLINE_TEST_POSTGRES_URL` names a database to use (postgres://USER@HOST:PORT/DATABASE); each store
/// then lives in a schema of its own, so tests running side by side never see each other's rows.
enum StoreEngine: Sendable, CustomTestStringConvertible {
    /// SQLite in memory: one connection for reads and writes.
    case sqliteMemory
    /// SQLite in a temporary file: one writer and separate reader connections, in WAL mode.
    case sqliteFile
    /// PostgreSQL at `THREADLINE_TEST_POSTGRES_URL`, in a new schema for each store.
    case postgres

    /// The engines to run the contract suite on: PostgreSQL only when a server is configured.
    static var all: [StoreEngine] {
        postgresURL == nil ? [.sqliteMemory, .sqliteFile] : [.sqliteMemory, .sqliteFile, .postgres]
    }

    /// The PostgreSQL database the suite may use, from the environment.
    static var postgresURL: String? {
        guard let text = ProcessInfo.processInfo.environment["THREADLINE_TEST_POSTGRES_URL"], !text.isEmpty else {
            return nil
        }
        return text
    }

    var testDescription: String {
        switch self {
        case .sqliteMemory: "SQLite in memory"
        case .sqliteFile: "SQLite file"
        case .postgres: "PostgreSQL"
        }
    }

    /// A logger that keeps test output quiet.
    static var logger: Logger {
        var logger = Logger(label: "threadline-store-tests")
        logger.logLevel = .critical
        return logger
    }

    /// Opens a fresh, empty store on this engine, runs `body` with it, then closes it and removes its files.
    func withStore<T>(_ body: (ThreadlineStore) async throws -> T) async throws -> T {
        switch self {
        case .sqliteMemory:
            let store = try await ThreadlineStore.open(.sqliteMemory, bcryptCost: 4, logger: Self.logger)
            return try await Self.run(body, on: store)
        case .sqliteFile:
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let store = try await ThreadlineStore.open(
                .sqliteFile(path: folder.path("threadline.sqlite")), bcryptCost: 4, logger: Self.logger)
            return try await Self.run(body, on: store)
        case .postgres:
            let text = try #require(Self.postgresURL, "THREADLINE_TEST_POSTGRES_URL is not set")
            let url = try DatabaseURL(parsing: text)
            // Lower case, since PostgreSQL folds the unquoted names of a search_path to lower case.
            let schema = "t_" + UUID().uuidString.replacing("-", with: "").lowercased()
            try await Self.administer(text) { sql in try await sql.raw("CREATE SCHEMA \(ident: schema)").run() }
            do {
                let store = try await ThreadlineStore.open(url, bcryptCost: 4, searchPath: schema, logger: Self.logger)
                let result = try await Self.run(body, on: store)
                try await Self.dropSchema(schema, at: text)
                return result
            } catch {
                try? await Self.dropSchema(schema, at: text)
                throw error
            }
        }
    }

    /// Removes a test's schema and everything in it.
    private static func dropSchema(_ schema: String, at url: String) async throws {
        try await administer(url) { sql in try await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
    }

    /// Runs `body` on a connection of its own to the PostgreSQL database at `url`, outside any store.
    private static func administer(_ url: String, _ body: (any SQLDatabase) async throws -> Void) async throws {
        let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await body(connection.sql())
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private static func run<T>(_ body: (ThreadlineStore) async throws -> T, on store: ThreadlineStore) async throws -> T
    {
        do {
            let result = try await body(store)
            try await store.database.close()
            return result
        } catch {
            try? await store.database.close()
            throw error
        }
    }
}

/// A folder under the system's temporary directory, removed when a test is done with it.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "threadline-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
