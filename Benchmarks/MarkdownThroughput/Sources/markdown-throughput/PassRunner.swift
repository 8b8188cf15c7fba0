import ThroughputSupport

/// Runs one renderer over every story of the corpus on the calling thread: either the untimed, checked warm-up
/// pass or one timed pass.
struct PassRunner {
    let corpus: StoryCorpus
    let watchdog: StallWatchdog

    /// Renders every story once, untimed, and counts what came out.
    ///
    /// This pass also warms caches and lazily initialised tables, so the timed passes measure steady state.
    func warmUp(_ workload: RenderWorkload) -> OutputCensus {
        watchdog.beginPass(workload, pass: "warm-up")
        defer { watchdog.endPass() }
        var census = OutputCensus()
        for (index, story) in corpus.stories.enumerated() {
            watchdog.willRender(storyAt: index)
            census.record(workload.render(story.markdown))
        }
        return census
    }

    /// Times one pass over all stories with `ContinuousClock`, and with the thread's CPU clock beside it.
    ///
    /// Each output's byte count is summed and checked afterwards, so the optimiser cannot drop the rendering.
    func timePass(_ workload: RenderWorkload, pass: String) -> PassSample {
        watchdog.beginPass(workload, pass: pass)
        defer { watchdog.endPass() }
        let clock = ContinuousClock()
        var outputBytes = 0
        let cpuStart = ThreadCPUClock.seconds()
        let start = clock.now
        for (index, story) in corpus.stories.enumerated() {
            watchdog.willRender(storyAt: index)
            outputBytes &+= workload.render(story.markdown).utf8.count
        }
        let elapsed = start.duration(to: clock.now)
        let cpuEnd = ThreadCPUClock.seconds()
        let parts = elapsed.components
        let wallSeconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        var cpuSeconds = Double.nan
        if let cpuStart, let cpuEnd {
            cpuSeconds = cpuEnd - cpuStart
        }
        return PassSample(wallSeconds: wallSeconds, cpuSeconds: cpuSeconds, outputBytes: outputBytes)
    }
}
