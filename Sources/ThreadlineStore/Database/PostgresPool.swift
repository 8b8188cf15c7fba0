import Foundation
import Logging
import PostgresKit

/// A pool of connections to one PostgreSQL database: PostgresNIO's `PostgresClient` and the task that runs it.
///
/// PostgresKit's README recommends `PostgresClient` over the older AsyncKit pools; the client only hands out
/// connections while its `run()` is going, so the pool owns that task and ends it on `shutdown()`.
final class PostgresPool: Sendable {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger
    /// The most connections the pool opens at once.
    let maximumConnections: Int

    /// Starts a pool for the database at `url`, whose connections resolve unqualified names in `searchPath`
    /// (PostgreSQL's default when it is `nil`).
    init(url: String, searchPath: String?, maximumConnections: Int, logger: Logger) throws(StoreError) {
        let parsed: SQLPostgresConfiguration
        do {
            parsed = try SQLPostgresConfiguration(url: url)
        } catch {
            // PostgresKit's error quotes the whole URL, password included, so it is not passed on.
            throw StoreError.badConfiguration(
                "The database URL \"\(DatabaseURL.hidingPassword(in: url))\" could not be read; check its "
                    + "user, server and sslmode (disable, prefer or require).")
        }
        let core = parsed.coreConfiguration
        guard let host = core.host else {
            throw StoreError.badConfiguration(
                "The database URL \"\(DatabaseURL.hidingPassword(in: url))\" names no server.")
        }
        // PostgresClient takes TLS settings of its own kind; keep the URL's choice (require, prefer or none).
        let tls: PostgresClient.Configuration.TLS =
            if core.tls.isEnforced {
                .require(.makeClientConfiguration())
            } else if core.tls.isAllowed {
                .prefer(.makeClientConfiguration())
            } else {
                .disable
            }
        var configuration = PostgresClient.Configuration(
            host: host, port: core.port ?? 5432, username: core.username, password: core.password,
            database: core.database, tls: tls)
        configuration.options.maximumConnections = max(1, maximumConnections)
        self.maximumConnections = max(1, maximumConnections)
        if let searchPath {
            // A startup parameter, so every connection the pool ever opens has it before its first query.
            configuration.options.additionalStartupParameters = [("search_path", searchPath)]
        }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        runner = Task { await client.run() }
    }

    /// Runs `body` on a pooled connection, returning the connection to the pool afterwards.
    func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(PortableSQLDatabase(base: connection.sql(queryLogLevel: nil, logger: logger)))
        }
    }

    /// Closes every connection; the pool cannot be used afterwards.
    func shutdown() async {
        runner.cancel()
        await runner.value
    }
}
