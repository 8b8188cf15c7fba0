import Foundation
import Logging
import Testing
import ThreadlineCore
import ThreadlineStore

/// A database engine the store's contract suite runs on.
///
/// Every contract test takes an engine as its argument, so each assertion runs on each engine. To add an
/// engine (PostgreSQL, when the store supports it), add a case, list it in `all` when it is configured, and
/// teach `withStore` to open and clean it.
enum StoreEngine: Sendable, CustomTestStringConvertible {
    /// SQLite in memory: one connection for reads and writes.
    case sqliteMemory
    /// SQLite in a temporary file: one writer and separate reader connections, in WAL mode.
    case sqliteFile

    /// The engines to run the contract suite on.
    static var all: [StoreEngine] { [.sqliteMemory, .sqliteFile] }

    var testDescription: String {
        switch self {
        case .sqliteMemory: "SQLite in memory"
        case .sqliteFile: "SQLite file"
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
