import Foundation
import Logging
import SearchBenchSupport
import ThreadlineCore
import ThreadlineStore

/// `search-throughput`: imports the generated transcript corpus through Threadline's store, then times the shared
/// search queries through the store's search API. See `BenchmarkOptions.usage`.
@main
struct SearchThroughput {
    static func main() async {
        let options: BenchmarkOptions
        do {
            guard let parsed = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
                Console.result(BenchmarkOptions.usage)
                return
            }
            options = parsed
        } catch {
            Console.note("search-throughput: \(error)\n\n\(BenchmarkOptions.usage)")
            exit(2)
        }
        do {
            exit(try await run(options) ? 0 : 1)
        } catch {
            Console.note("search-throughput: \(error)")
            exit(2)
        }
    }

    /// Runs what the options ask for; returns false when the sanity check found a disagreement.
    private static func run(_ options: BenchmarkOptions) async throws -> Bool {
        if options.mode.imports, FileManager.default.fileExists(atPath: options.database) {
            throw BenchmarkFailure("\(options.database) already exists; the import needs a new file. Remove it first.")
        }
        if !options.mode.imports, !FileManager.default.fileExists(atPath: options.database) {
            throw BenchmarkFailure("\(options.database) does not exist; run with --import-only first.")
        }
        // Checked before the long import, so a bad fixture fails at once.
        let queries =
            options.mode.queries
            ? try QueryBenchmark.prepare(JSONFile.load([FixtureQuery].self, from: options.queries)) : []
        let anchorCounts = try options.anchorCounts.map { try JSONFile.load([AnchorCount].self, from: $0) }
        var logger = Logger(label: "search-throughput")
        logger.logLevel = .warning
        let store = try await ThreadlineStore.open(.sqliteFile(path: options.database), logger: logger)
        return try await store.closing {
            if let corpus = options.corpus, options.mode.imports {
                try await importCorpus(corpus, limit: options.segmentLimit, into: store, path: options.database)
            }
            if options.rebuildIndex {
                try await rebuildIndex(store)
            }
            guard options.mode.queries else { return true }
            Console.note("running \(queries.count) queries: 1 warm-up pass + \(options.passes) timed passes")
            let outcomes = try await QueryBenchmark(store: store, queries: queries, passes: options.passes).run()
            let report = QueryReport(outcomes: outcomes, passes: options.passes, databasePath: options.database)
            return report.print(anchorCounts: anchorCounts, verbose: options.verbose)
        }
    }

    private static func importCorpus(_ corpus: String, limit: Int?, into store: ThreadlineStore, path: String)
        async throws
    {
        var reader = try SegmentFileReader(path: corpus + "/jsonl/segments.jsonl", limit: limit)
        Console.note("importing \(corpus)/jsonl/segments.jsonl into \(path)")
        let report = try await CorpusImporter(store: store).run(&reader)
        let perSecond = Double(report.cues) / max(report.wallSeconds, 1e-9)
        let storePerSecond = Double(report.cues) / max(report.storeSeconds, 1e-9)
        Console.result(
            "SUMMARY import: cues=\(report.cues) testimonies=\(report.testimonies) "
                + "wall_s=\(Console.fixed(report.wallSeconds, 1)) store_s=\(Console.fixed(report.storeSeconds, 1)) "
                + "read_s=\(Console.fixed(report.readSeconds, 1)) cues_per_s=\(Int(perSecond)) "
                + "store_cues_per_s=\(Int(storePerSecond)) db_mib=\(Console.fixed(Console.databaseMiB(path), 1))")
    }

    private static func rebuildIndex(_ store: ThreadlineStore) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let entries = try await store.search.rebuild()
        let seconds = Console.seconds(clock.now - start)
        Console.result("SUMMARY rebuild: entries=\(entries) seconds=\(Console.fixed(seconds, 1))")
    }
}
