import Foundation

/// The measured throughput of one renderer over the whole corpus.
public struct ThroughputReport: Sendable, Equatable {
    /// The renderer and output, such as `threadline-html`.
    public let label: String
    /// Stories rendered per pass.
    public let storyCount: Int
    /// Markdown input per pass, in UTF-8 bytes.
    public let inputBytes: Int
    /// Output of the last pass, in UTF-8 bytes.
    public let outputBytes: Int
    /// Wall-clock seconds of the timed passes; the headline figures use these.
    public let wall: PassStatistics
    /// Thread CPU seconds of the timed passes.
    public let cpu: PassStatistics

    /// Creates a report from the timed passes of one renderer; returns `nil` when there are none.
    public init?(label: String, storyCount: Int, inputBytes: Int, samples: [PassSample]) {
        guard let wall = PassStatistics(seconds: samples.map(\.wallSeconds)),
            let cpu = PassStatistics(seconds: samples.map(\.cpuSeconds)),
            let last = samples.last
        else {
            return nil
        }
        self.label = label
        self.storyCount = storyCount
        self.inputBytes = inputBytes
        self.outputBytes = last.outputBytes
        self.wall = wall
        self.cpu = cpu
    }

    /// Input size in decimal megabytes (bytes / 1,000,000), the unit of the project's MB/s aim.
    public var inputMegabytes: Double { Double(inputBytes) / 1_000_000 }

    /// Input megabytes per second of the median wall-clock pass.
    public var megabytesPerSecond: Double { inputMegabytes / wall.medianSeconds }

    /// Input megabytes per second of the fastest wall-clock pass.
    public var bestMegabytesPerSecond: Double { inputMegabytes / wall.bestSeconds }

    /// Input megabytes per second of the median pass by thread CPU time.
    public var cpuMegabytesPerSecond: Double { inputMegabytes / cpu.medianSeconds }

    /// Stories per second of the median wall-clock pass.
    public var storiesPerSecond: Double { Double(storyCount) / wall.medianSeconds }

    /// The `RESULT` line printed for this renderer.
    public var line: String {
        "RESULT \(label): input \(Self.fixed(inputMegabytes, 3)) MB, \(storyCount) stories, "
            + "\(wall.sortedSeconds.count) passes, median \(Self.fixed(wall.medianSeconds, 4)) s, "
            + "best \(Self.fixed(wall.bestSeconds, 4)) s, "
            + "\(Self.fixed(storiesPerSecond, 0)) stories/s, \(Self.fixed(megabytesPerSecond, 2)) MB/s "
            + "(best \(Self.fixed(bestMegabytesPerSecond, 2)) MB/s; "
            + "cpu median \(Self.fixed(cpu.medianSeconds, 4)) s = \(Self.fixed(cpuMegabytesPerSecond, 2)) MB/s), "
            + "output \(Self.fixed(Double(outputBytes) / 1_000_000, 3)) MB"
    }

    /// Formats a number with a fixed count of decimals, as every figure in the report is.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
