import ArgumentParser

/// `threadline-bench`: timings of Threadline's own code on generated data, for a release build.
///
/// Figures are printed, never asserted: `scripts/bench-*.sh` run these and `docs/benchmarks.md` records them.
@main
struct ThreadlineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threadline-bench",
        abstract: "Time Threadline's code on generated data (build with -c release).",
        subcommands: [
            CodingQueryBenchmark.self, EvaluationBenchmark.self, NetworkBenchmark.self, NetworkLayoutBenchmark.self,
            TextSearchBenchmark.self,
        ]
    )
}
