import Foundation
import Logging
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore
import ThreadlineWeb

/// A complete hub for tests: an in-memory store (optionally holding the demo programme), one user of each
/// role with a known password, a fixed clock, and the application's dependencies.
public struct TestHub: Sendable {
    /// The store.
    public let store: ThreadlineStore
    /// What the application is built from.
    public var dependencies: ThreadlineApplication.Dependencies
    /// An admin, an editor and a contributor, all with `password`.
    public let admin: User
    /// An editor.
    public let editor: User
    /// A contributor.
    public let contributor: User

    /// The password of every test user.
    public static let password = "correct horse battery staple"
    /// The instant the fixed clock shows.
    public static let now = Date(timeIntervalSince1970: 1_700_000_000)

    /// The environment variable that moves every hub onto a PostgreSQL server (each hub in a schema of its own),
    /// so the web suite can show every feature working there too.
    public static let postgresVariable = "THREADLINE_TEST_WEB_POSTGRES_URL"

    /// A fresh store: in memory, or in a new schema on the server named by ``postgresVariable``.
    private static func openStore(logger: Logger) async throws -> ThreadlineStore {
        guard let text = ProcessInfo.processInfo.environment[postgresVariable], !text.isEmpty else {
            return try await ThreadlineStore.open(.sqliteMemory, bcryptCost: 4, logger: logger)
        }
        let schema = "hub_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        // Two connections per hub: hundreds of tests run at once, and the server's connections are limited.
        return try await ThreadlineStore.open(
            try DatabaseURL(parsing: text), bcryptCost: 4, readerCount: 1, searchPath: schema, logger: logger)
    }

    /// Whether hubs are made on PostgreSQL (``postgresVariable`` is set).
    public static var usesPostgres: Bool {
        !(ProcessInfo.processInfo.environment[postgresVariable] ?? "").isEmpty
    }

    /// Lets at most a few dozen PostgreSQL hubs be open at once, so the tests never use up the server's
    /// connections; SQLite hubs need no permit.
    public static let postgresGate = ConcurrencyGate(limit: 32)

    /// Makes a hub on a fresh in-memory database, with recordings stored in a new temporary folder.
    public static func make(loadDemo: Bool = true, maxUploadBytes: Int64 = 64 * 1024 * 1024) async throws -> TestHub {
        var logger = Logger(label: "threadline-test")
        logger.logLevel = .critical
        // bcrypt's lowest cost keeps tests fast; production uses 12.
        let store = try await openStore(logger: logger)
        func user(_ role: Role) async throws -> User {
            let user = User(
                id: RandomIDGenerator().next(), email: "\(role.rawValue)@test.threadline",
                displayName: "Test \(role.rawValue)", role: role, createdAt: now
            )
            try await store.users.create(user, password: password)
            return user
        }
        let dependencies = ThreadlineApplication.Dependencies(
            store: store,
            configuration: WebConfiguration(
                host: "127.0.0.1", port: 8080, baseURL: "https://hub.test",
                mediaPath: FileManager.default.temporaryDirectory
                    .appendingPathComponent("threadline-test-media-\(UUID().uuidString)").path,
                maxUploadBytes: maxUploadBytes),
            time: FixedTimeSource(now),
            logger: logger
        )
        do {
            if loadDemo {
                let bundle = try ProgrammeBundleReader(now: now).read(try DemoProgramme.data())
                try await store.importBundle(bundle, replacing: false)
                try await DemoProgramme.installRecording(
                    store: store, mediaPath: dependencies.configuration.mediaPath)
                try await DemoProgramme.installDocument(
                    store: store, mediaPath: dependencies.configuration.mediaPath, now: now)
            }
            return TestHub(
                store: store, dependencies: dependencies, admin: try await user(.admin),
                editor: try await user(.editor), contributor: try await user(.contributor)
            )
        } catch {
            // Never leave the database open: SQLiteNIO asserts on connections dropped without closing.
            try? await store.database.close()
            throw error
        }
    }
}
