import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Prometheus metrics and structured logs")
struct MetricsTests {
    static let token = "scrape-secret-for-tests-0123456789"

    /// Runs `body` against a hub whose `/metrics` needs `token` (none: the page is off).
    private func withMetrics(
        token: String?, _ body: @Sendable (TestHub, any TestClientProtocol) async throws -> Void
    ) async throws {
        var configured = try await TestHub.make()
        configured.dependencies.configuration.metricsToken = token
        let hub = configured
        try await hub.store.closing {
            let app = Application(router: try await ThreadlineApplication.router(hub.dependencies))
            try await app.test(.router) { client in try await body(hub, client) }
        }
    }

    private func scrape(_ client: any TestClientProtocol, bearer: String? = Self.token) async throws -> TestResponse {
        try await client.execute(
            uri: "/metrics", method: .get, headers: bearer.map { [.authorization: "Bearer \($0)"] } ?? [:])
    }

    /// The value of the sample line that starts with `prefix` (name and labels), if there is one.
    private func sample(_ text: String, _ prefix: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix + " ") }
            .flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test("Without a configured token /metrics does not exist")
    func offByDefault() async throws {
        try await withMetrics(token: nil) { _, client in
            let withToken = try await scrape(client)
            let without = try await scrape(client, bearer: nil)
            #expect(withToken.status == .notFound)
            #expect(without.status == .notFound)
        }
    }

    @Test("A scraper needs the token; a wrong or missing one gets 401 and no figures")
    func needsToken() async throws {
        try await withMetrics(token: Self.token) { _, client in
            let missing = try await scrape(client, bearer: nil)
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(!missing.text.contains("threadline_"))
            #expect(try await scrape(client, bearer: Self.token + "x").status == .unauthorized)
            let basic = try await client.execute(
                uri: "/metrics", method: .get, headers: [.authorization: "Basic \(Self.token)"])
            #expect(basic.status == .unauthorized)
        }
    }

    @Test("Requests are counted and timed by route pattern and status; searches and the database are measured")
    func figures() async throws {
        try await withMetrics(token: Self.token) { hub, client in
            for _ in 0..<3 { #expect(try await client.execute(uri: "/places/salford", method: .get).status == .ok) }
            #expect(try await client.execute(uri: "/places/nowhere-at-all", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/no/such/address", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/search?q=steering", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/search?q=walking", method: .get).status == .ok)

            let response = try await scrape(client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = response.text
            let places = try #require(
                text.split(separator: "\n").first { $0.contains("route=\"/places/") && $0.contains("status=\"200\"") },
                "no line for the place pages in:\n\(text)")
            #expect(places.hasPrefix("threadline_http_requests_total{"))
            #expect(places.hasSuffix(" 3"), "three place pages answered 200: \(places)")
            // The made-up slug is counted under the route's pattern, never under the address asked for.
            #expect(!text.contains("nowhere-at-all"))
            #expect(text.contains("route=\"unmatched\""))
            #expect(!text.contains("/no/such/address"))
            #expect(sample(text, "threadline_search_duration_seconds_count") == 2)
            #expect(text.contains("threadline_http_request_duration_seconds_bucket{"))
            // The hub is SQLite in memory (one connection) or, with the PostgreSQL test variable, a pool of two.
            let database = hub.store.database
            let engine = "{engine=\"\(database.engine == .postgres ? "postgresql" : "sqlite")\"}"
            #expect(sample(text, "threadline_db_connections_max" + engine) == Double(database.connectionLimit))
            #expect((sample(text, "threadline_db_reads_completed" + engine) ?? 0) > 0)
            #expect(sample(text, "threadline_db_writes_in_progress" + engine) == 0)
        }
    }

    @Test("Write transactions are counted as committed or rolled back")
    func writes() async throws {
        let hub = try await TestHub.make(loadDemo: false)
        try await hub.store.closing {
            let before = hub.store.database.activity.snapshot
            try await hub.store.stories.create(
                Story(
                    id: RandomIDGenerator().next(), title: "A metric story", slug: "a-metric-story",
                    createdAt: TestHub.now))
            await #expect(throws: (any Error).self) {
                try await hub.store.database.write { sql in try await sql.raw("SELECT * FROM no_such_table").run() }
            }
            let after = hub.store.database.activity.snapshot
            #expect(after.writesCommitted == before.writesCommitted + 1)
            #expect(after.writesRolledBack == before.writesRolledBack + 1)
            #expect(after.writesWaiting == 0 && after.writesInProgress == 0)
        }
    }

    @Test("JSON log lines carry the fields, escaped, one object per line")
    func jsonLines() throws {
        let lines = LogLines()
        var logger = Logger(label: "threadline") { label in
            JSONLogHandler(label: label, now: { Date(timeIntervalSince1970: 1_700_000_000.25) }, sink: lines.append)
        }
        logger[metadataKey: "process"] = "web-1"
        logger.info("GET /search 200 \"quoted\"\nnext\u{1}", metadata: ["status": "200", "path": "/search"])
        logger.debug("below the level")
        let recorded = lines.all
        #expect(recorded.count == 1)
        let line = try #require(recorded.first)
        #expect(!line.contains("\n"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
        #expect(object["time"] as? String == "2023-11-14T22:13:20.250Z")
        #expect(object["level"] as? String == "info")
        #expect(object["logger"] as? String == "threadline")
        #expect(object["message"] as? String == "GET /search 200 \"quoted\"\nnext\u{1}")
        #expect(object["status"] as? String == "200")
        #expect(object["path"] as? String == "/search")
        #expect(object["process"] as? String == "web-1")
    }
}

/// Collects log lines written from any thread.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    func append(_ line: String) { lines.withLock { $0.append(line) } }
}
