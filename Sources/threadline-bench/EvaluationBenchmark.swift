import ArgumentParser
import ThreadlineCharts
import ThreadlineCore

/// `threadline-bench evaluation`: a place's journey infographic with 500 milestones, and maturity aggregation over
/// 10 places × 5 enablers × 5 years × 200 responses, each timed over many runs.
struct EvaluationBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluation",
        abstract: "Time the journey infographic (500 milestones) and maturity aggregation (50,000 ratings).")

    @Option(help: "Timed runs of each benchmark.")
    var runs = 200

    @Option(help: "Untimed runs first, to warm caches.")
    var warmUp = 10

    @Option(help: "Milestones on the journey.")
    var milestones = 500

    @Option(help: "Survey responses per place, enabler and year.")
    var responses = 200

    @Option(help: "The seed of the generated data.")
    var seed: UInt64 = 20_261_127

    func validate() throws {
        guard runs > 0, warmUp >= 0, milestones > 0, responses > 0 else {
            throw ValidationError("--runs, --milestones and --responses must be positive; --warm-up at least 0.")
        }
    }

    func run() throws {
        #if DEBUG
            print("warning: a debug build; build with -c release for figures worth recording")
        #endif
        try journey()
        try maturity()
    }

    private func journey() throws {
        let data = JourneyBenchmarkData.make(
            count: milestones, firstYear: 2017, years: 8, enablerCount: 8, seed: seed)
        print(
            "journey: \(data.milestones.count) milestones over 8 years (2017-2024), \(data.eras.count) eras, "
                + "\(data.enablers.count) enablers")
        let infographic = JourneyInfographic()
        for orientation in [JourneyOrientation.horizontal, .vertical] {
            let (timings, bytes) = try BenchmarkTimings.measure(runs: runs, warmUp: warmUp) {
                guard
                    let svg = infographic.svg(
                        title: "Benchmark's journey", milestones: data.milestones, eras: data.eras,
                        enablers: data.enablers, orientation: orientation, idPrefix: "journey-bench")
                else { throw ValidationError("the infographic drew nothing") }
                return svg.utf8.count
            }
            let name = orientation == .horizontal ? "horizontal" : "vertical"
            print(
                "  JourneyInfographic \(name) SVG (\(bytes / (runs + warmUp)) bytes): "
                    + timings.line(aim: .milliseconds(10)))
        }
    }

    private func maturity() throws {
        let ratings = MaturityBenchmarkData.ratings(
            places: 10, enablers: 5, years: 5, responses: responses, firstYear: 2020, seed: seed)
        let scale = MaturityScale.standard
        print("maturity: \(ratings.count) ratings (10 places x 5 enablers x 5 years x \(responses) responses)")
        let (summaries, cellCount) = try BenchmarkTimings.measure(runs: runs, warmUp: warmUp) {
            try MaturityAggregation.summaries(ratings: ratings, scale: scale).count
        }
        print(
            "  MaturityAggregation.summaries (\(cellCount / (runs + warmUp)) cells): "
                + summaries.line(aim: .milliseconds(50)))
        let cells = try MaturityAggregation.summaries(ratings: ratings, scale: scale)
        let (change, pairs) = BenchmarkTimings.measure(runs: runs, warmUp: warmUp) {
            MaturityAggregation.change(from: 2020, to: 2024, cells: cells).count
        }
        print(
            "  MaturityAggregation.change 2020 to 2024 (\(pairs / (runs + warmUp)) pairs): "
                + change.line(aim: .milliseconds(50)))
        let (both, _) = try BenchmarkTimings.measure(runs: runs, warmUp: warmUp) {
            let cells = try MaturityAggregation.summaries(ratings: ratings, scale: scale)
            return MaturityAggregation.change(from: 2020, to: 2024, cells: cells).count
        }
        print("  summaries then change, together: " + both.line(aim: .milliseconds(50)))
        var random = SeededGenerator(seed: seed)
        let shuffled = ratings.shuffled(using: &random)
        let (unordered, _) = try BenchmarkTimings.measure(runs: runs, warmUp: warmUp) {
            try MaturityAggregation.summaries(ratings: shuffled, scale: scale).count
        }
        print("  summaries of the same ratings shuffled: " + unordered.line(aim: .milliseconds(50)))
    }
}
