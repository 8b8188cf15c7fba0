import Foundation
public import Prometheus
import ThreadlineStore

/// The hub's Prometheus metrics: requests and their latencies by route, search timings, and the database's
/// connections and transactions, shown at `/metrics` in Prometheus's text format.
///
/// Each application has a registry of its own rather than swift-metrics' process-wide one, so two hubs in one
/// process (as in the tests) never mix their numbers.
public final class ServerMetrics: Sendable {
    /// Where every metric is registered.
    public let registry = PrometheusCollectorRegistry()
    private let inFlight: Gauge
    private let searches: DurationHistogram

    /// Latency buckets from 5 ms to 10 s: pages here take milliseconds, a large import several seconds.
    static let latencyBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    /// Creates an empty registry with the metrics every hub has.
    public init() {
        inFlight = registry.makeGauge(
            descriptor: Self.name("http_requests_in_flight", unit: "", help: "Requests being answered now."))
        searches = registry.makeDurationHistogram(
            descriptor: Self.name("search_duration", unit: "seconds", help: "Time to run one search query."),
            labels: [], buckets: Self.latencyBuckets)
    }

    private static func name(_ metric: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "threadline", metricName: metric, unitName: unit, helpText: help)
    }

    /// Notes a request starting; pair with ``requestFinished(method:route:status:duration:)``.
    func requestStarted() { inFlight.increment() }

    /// Counts a finished request and its latency under its route's pattern (`/stories/{slug}`, not the address
    /// asked for, so that made-up addresses cannot grow the registry).
    func requestFinished(method: String, route: String, status: Int, duration: Duration) {
        inFlight.decrement()
        registry.makeCounter(
            descriptor: Self.name("http_requests", unit: "total", help: "Requests answered, by route and status."),
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.name("http_request_duration", unit: "seconds", help: "Time to answer a request."),
            labels: [("method", method), ("route", route)], buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// Records how long one search took.
    func searchFinished(after duration: Duration) { searches.record(duration) }

    /// Times `body` as one search.
    func timingSearch<T>(_ body: () async throws -> T) async rethrows -> T {
        let start = ContinuousClock.now
        defer { searchFinished(after: ContinuousClock.now - start) }
        return try await body()
    }

    /// The metrics in Prometheus's text format, the database's figures read as of now.
    func exposition(database: Database) -> String {
        let activity = database.activity.snapshot
        let engine = [("engine", database.engine == .postgres ? "postgresql" : "sqlite")]
        func gauge(_ metric: String, _ help: String, _ value: Double) {
            registry.makeGauge(descriptor: Self.name(metric, unit: "", help: help), labels: engine).set(value)
        }
        gauge("db_connections_max", "Connections the database may hold open.", Double(database.connectionLimit))
        gauge("db_reads_in_progress", "Reads running now.", Double(activity.readsInProgress))
        gauge("db_writes_waiting", "Write transactions waiting for their turn.", Double(activity.writesWaiting))
        gauge("db_writes_in_progress", "Write transactions running now.", Double(activity.writesInProgress))
        gauge("db_reads_completed", "Reads finished since the server started.", Double(activity.readsCompleted))
        gauge(
            "db_writes_committed", "Write transactions committed since the server started.",
            Double(activity.writesCommitted))
        gauge(
            "db_writes_rolled_back", "Write transactions rolled back since the server started.",
            Double(activity.writesRolledBack))
        gauge(
            "db_write_seconds", "Seconds spent in write transactions since the server started.", activity.writeSeconds)
        return registry.emitToString()
    }
}
