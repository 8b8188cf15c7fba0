/// What `search-throughput` was asked to do.
public struct BenchmarkOptions: Hashable, Sendable {
    /// The folder `gen_corpus.py --out` wrote; segments are read from `jsonl/segments.jsonl` inside it.
    public var corpus: String?
    /// The SQLite file to import into (must not exist) or to query.
    public var database: String
    /// Which parts run.
    public var mode: BenchmarkMode
    /// The fixture of FTS5 queries.
    public var queries: String
    /// Timed passes over all queries, after one untimed warm-up pass.
    public var passes: Int
    /// Import only the first this many segments (all when `nil`), for quick trials.
    public var segmentLimit: Int?
    /// Per-query match counts of raw FTS5 to check the hits against (from `anchor_counts.py`).
    public var anchorCounts: String?
    /// Rebuild (and optimise) the search index through the store before querying, and time it.
    public var rebuildIndex: Bool
    /// Print one line per query.
    public var verbose: Bool

    /// The usage text printed by `--help`.
    public static let usage = """
        usage: search-throughput --db PATH [--corpus DIR] [--import-only | --queries-only]
                                 [--queries FILE] [--passes N] [--segments N] [--anchor-counts FILE]
                                 [--rebuild-index] [--verbose]

          --corpus DIR          gen_corpus.py output folder (reads DIR/jsonl/segments.jsonl); needed to import
          --db PATH             SQLite file: created by the import (it must not exist yet), read by the queries
          --import-only         import the corpus and stop
          --queries-only        run the queries on a database an earlier --import-only run filled
          --queries FILE        FTS5 query fixture (default ../shared/bench/fixtures/fts_queries.json)
          --passes N            timed passes over the queries after one warm-up pass (default 5)
          --segments N          import only the first N segments
          --anchor-counts FILE  per-query raw FTS5 match counts (anchor_counts.py) to check the hits against
          --rebuild-index       rebuild the search index through the store (ends with FTS5 'optimize') and time it
          --verbose             one line per query: latency, hits, total, typed text
        """

    /// Reads the arguments after the program name; `nil` means help was asked for.
    ///
    /// - Throws: ``OptionsError`` naming the argument at fault.
    public static func parse(_ arguments: [String]) throws(OptionsError) -> BenchmarkOptions? {
        var corpus: String?
        var database: String?
        var importOnly = false
        var queriesOnly = false
        var queries = "../shared/bench/fixtures/fts_queries.json"
        var passes = 5
        var segmentLimit: Int?
        var anchorCounts: String?
        var rebuildIndex = false
        var verbose = false
        var index = 0
        func value() throws(OptionsError) -> String {
            guard index + 1 < arguments.count else {
                throw OptionsError(argumentIndex: index + 1, reason: "\(arguments[index]) needs a value.")
            }
            index += 1
            return arguments[index]
        }
        func count(_ text: String) throws(OptionsError) -> Int {
            guard let number = Int(text), number > 0 else {
                throw OptionsError(argumentIndex: index + 1, reason: "\"\(text)\" is not a positive whole number.")
            }
            return number
        }
        while index < arguments.count {
            switch arguments[index] {
            case "-h", "--help": return nil
            case "--corpus": corpus = try value()
            case "--db": database = try value()
            case "--import-only": importOnly = true
            case "--queries-only": queriesOnly = true
            case "--queries": queries = try value()
            case "--passes": passes = try count(try value())
            case "--segments": segmentLimit = try count(try value())
            case "--anchor-counts": anchorCounts = try value()
            case "--rebuild-index": rebuildIndex = true
            case "--verbose": verbose = true
            default:
                throw OptionsError(argumentIndex: index + 1, reason: "unknown argument \"\(arguments[index])\".")
            }
            index += 1
        }
        guard let database else {
            throw OptionsError(argumentIndex: 0, reason: "--db PATH is required.")
        }
        if importOnly && queriesOnly {
            throw OptionsError(argumentIndex: 0, reason: "--import-only and --queries-only exclude each other.")
        }
        let mode: BenchmarkMode = importOnly ? .importOnly : queriesOnly ? .queriesOnly : .importAndQuery
        if mode.imports && corpus == nil {
            throw OptionsError(argumentIndex: 0, reason: "importing needs --corpus DIR.")
        }
        return BenchmarkOptions(
            corpus: corpus, database: database, mode: mode, queries: queries, passes: passes,
            segmentLimit: segmentLimit, anchorCounts: anchorCounts, rebuildIndex: rebuildIndex, verbose: verbose)
    }
}
