import Foundation

/// The times of repeated runs of one piece of work, and the line that reports them.
///
/// Each run is timed twice: by the wall clock, and by the CPU time of the thread running it, which stays steady
/// when other work shares the machine's cores (the wall clock then also counts the time the thread waited).
struct BenchmarkTimings {
    /// Each timed run's wall-clock time, in order.
    var runs: [Duration]
    /// Each timed run's CPU time on its thread, in order.
    var cpuRuns: [Duration]

    /// Times `work` `runs` times after `warmUp` untimed runs; `work` returns a number (bytes drawn, cells made)
    /// that is added up and returned, so the optimiser cannot drop the work as unused.
    static func measure(runs: Int, warmUp: Int, _ work: () throws -> Int) rethrows -> (BenchmarkTimings, Int) {
        var total = 0
        for _ in 0..<warmUp { total &+= try work() }
        let clock = ContinuousClock()
        var times: [Duration] = []
        var cpuTimes: [Duration] = []
        times.reserveCapacity(runs)
        cpuTimes.reserveCapacity(runs)
        for _ in 0..<runs {
            let cpuStart = threadCPUTime()
            let start = clock.now
            total &+= try work()
            times.append(clock.now - start)
            cpuTimes.append(threadCPUTime() - cpuStart)
        }
        return (BenchmarkTimings(runs: times, cpuRuns: cpuTimes), total)
    }

    /// The CPU time the calling thread has used so far.
    static func threadCPUTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    /// The middle value (the mean of the two middle values for an even count).
    static func median(_ values: [Duration]) -> Duration {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .zero }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// The median wall-clock run.
    var median: Duration { Self.median(runs) }
    /// The median CPU time of a run.
    var cpuMedian: Duration { Self.median(cpuRuns) }
    /// The fastest run.
    var minimum: Duration { runs.min() ?? .zero }
    /// The slowest run.
    var maximum: Duration { runs.max() ?? .zero }

    /// "median 3.210 ms, min 3.101 ms, max 4.870 ms (200 runs; CPU median 3.150 ms)", then whether each median is
    /// under `aim`.
    func line(aim: Duration) -> String {
        func verdict(_ value: Duration) -> String { value < aim ? "met" : "NOT met" }
        return "median \(Self.milliseconds(median)), min \(Self.milliseconds(minimum)), "
            + "max \(Self.milliseconds(maximum)) (\(runs.count) runs; CPU median \(Self.milliseconds(cpuMedian))); "
            + "aim < \(Self.milliseconds(aim)): \(verdict(median)) by the wall clock, \(verdict(cpuMedian)) by CPU time"
    }

    /// A duration in milliseconds with three decimals.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.3f ms", Double(seconds) * 1e3 + Double(attoseconds) / 1e15)
    }
}
