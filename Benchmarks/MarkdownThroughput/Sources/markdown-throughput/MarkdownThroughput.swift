import Foundation
import ThroughputSupport

/// The `markdown-throughput` command: loads the story corpus, then measures each renderer on this thread.
///
/// Exit status: 0 when every check passed, 1 when an output check failed, 2 for a bad command line or corpus,
/// 3 when a renderer hung or a pass ran past its timeout.
@main
struct MarkdownThroughput {
    static func main() {
        let options: BenchmarkOptions
        do {
            switch try ParsedCommand.parse(Array(CommandLine.arguments.dropFirst())) {
            case .help:
                Console.emit(BenchmarkOptions.usage)
                return
            case .run(let parsed):
                options = parsed
            }
        } catch {
            Console.complain("markdown-throughput: \(error)")
            exit(2)
        }
        exit(run(options))
    }

    /// Runs the benchmark and returns the exit status.
    private static func run(_ options: BenchmarkOptions) -> Int32 {
        #if DEBUG
            let build = "debug (figures are not meaningful; use -c release)"
        #else
            let build = "release"
        #endif
        Console.emit(
            "CONFIG build=\(build) cores=\(ProcessInfo.processInfo.activeProcessorCount) repeat=\(options.repeatCount) "
                + "only=\(options.selection.rawValue) stories=\(options.storiesPath)"
        )

        let loadStart = ContinuousClock.now
        let corpus: StoryCorpus
        do {
            corpus = try StoryCorpus.load(jsonLinesAt: options.storiesPath)
        } catch {
            Console.complain("markdown-throughput: \(error)")
            return 2
        }
        Console.emit(corpusLine(corpus, loadTime: loadStart.duration(to: .now)))

        let board = OutcomeBoard()
        let watchdog = StallWatchdog(
            storyIDs: corpus.stories.map(\.id),
            storyTimeoutSeconds: options.storyTimeoutSeconds,
            passTimeoutSeconds: options.passTimeoutSeconds
        ) { family, message in
            Console.emit("TIMEOUT \(message)")
            board.record(.failed(reason: "timeout"), for: family)
            board.summaryLines().forEach(Console.emit)
            exit(3)
        }
        watchdog.start()

        let runner = PassRunner(corpus: corpus, watchdog: watchdog)
        let chosen = workloads(for: options.selection)
        var censuses: [OutputCensus] = []
        for workload in chosen {
            Console.emit("RUN \(workload.label): warm-up pass (untimed, output checked)")
            censuses.append(runner.warmUp(workload))
        }
        // Passes take turns across renderers, so a burst of other load on this shared machine lands on all of them
        // alike instead of on whichever renderer happened to be running.
        let labels = chosen.map(\.label).joined(separator: ", ")
        var samples: [[PassSample]] = Array(repeating: [], count: chosen.count)
        for pass in 1...options.repeatCount {
            Console.emit("RUN timed round \(pass)/\(options.repeatCount): \(labels)")
            for (slot, workload) in chosen.enumerated() {
                samples[slot].append(runner.timePass(workload, pass: "pass \(pass)/\(options.repeatCount)"))
            }
            // Keep the board current so a hang in a later round still reports the rounds already done.
            for (slot, workload) in chosen.enumerated() where workload.producesMarkup {
                if let interim = report(for: workload, samples: samples[slot], corpus: corpus) {
                    board.record(
                        .measured(
                            megabytesPerSecond: interim.megabytesPerSecond,
                            cpuMegabytesPerSecond: interim.cpuMegabytesPerSecond
                        ),
                        for: workload.family
                    )
                }
            }
        }

        var checksPassed = true
        var paragraphsByFamily: [String: Int] = [:]
        for (slot, workload) in chosen.enumerated() {
            let census = censuses[slot]
            let problems = OutputCheck.problems(
                census: census,
                producesMarkup: workload.producesMarkup,
                timedOutputBytes: samples[slot].map(\.outputBytes)
            )
            Console.emit(OutputCheck.line(label: workload.label, census: census, problems: problems))
            if let final = report(for: workload, samples: samples[slot], corpus: corpus) {
                Console.emit(final.line)
            }
            checksPassed = checksPassed && problems.isEmpty
            if workload.producesMarkup {
                paragraphsByFamily[workload.family] = census.paragraphs
                if !problems.isEmpty {
                    board.record(.failed(reason: "output check"), for: workload.family)
                }
            }
        }
        if let ours = paragraphsByFamily["threadline"], let theirs = paragraphsByFamily["ink"] {
            Console.emit(OutputCheck.comparisonLine(threadlineParagraphs: ours, inkParagraphs: theirs))
        }
        board.summaryLines().forEach(Console.emit)
        return checksPassed ? 0 : 1
    }

    private static func report(
        for workload: RenderWorkload,
        samples: [PassSample],
        corpus: StoryCorpus
    ) -> ThroughputReport? {
        ThroughputReport(
            label: workload.label,
            storyCount: corpus.stories.count,
            inputBytes: corpus.totalBytes,
            samples: samples
        )
    }

    /// The workloads in run order: Threadline first, so a hang in Ink's warm-up comes after Threadline's.
    private static func workloads(for selection: RendererSelection) -> [RenderWorkload] {
        var chosen: [RenderWorkload] = []
        if selection.includesThreadline {
            chosen += [.threadlineHTML(), .threadlinePlainText()]
        }
        if selection.includesInk {
            chosen.append(.inkHTML())
        }
        return chosen
    }

    private static func corpusLine(_ corpus: StoryCorpus, loadTime: Duration) -> String {
        let megabytes = String(format: "%.3f", Double(corpus.totalBytes) / 1_000_000)
        let average = String(format: "%.1f", corpus.averageStoryBytes)
        let parts = loadTime.components
        let seconds = String(format: "%.2f", Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
        return "CORPUS \(corpus.stories.count) stories, \(corpus.totalBytes) bytes (\(megabytes) MB), "
            + "average \(average) bytes/story, smallest \(corpus.smallestStoryBytes), "
            + "largest \(corpus.largestStoryBytes), loaded in \(seconds) s (not timed)"
    }
}
