/// Which parts of the benchmark a run performs.
public enum BenchmarkMode: Hashable, Sendable {
    /// Import the corpus into a new database, then run the queries on it.
    case importAndQuery
    /// Import the corpus into a new database and stop.
    case importOnly
    /// Run the queries on a database a previous `--import-only` run filled.
    case queriesOnly

    /// Whether the corpus is imported.
    public var imports: Bool { self != .queriesOnly }
    /// Whether the queries run.
    public var queries: Bool { self != .importOnly }
}
