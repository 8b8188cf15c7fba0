import Foundation
import Synchronization

/// Ends the run, naming the story, when a renderer hangs on one story or a whole pass runs far too long.
///
/// A hang inside a renderer cannot be interrupted from the same thread, so a second thread samples a progress
/// counter that the measuring loop bumps before every story. The bump is one relaxed atomic add, a few
/// nanoseconds against tens of microseconds per story, and every renderer pays it alike.
final class StallWatchdog: Sendable {
    /// What the measuring thread is doing, set once per pass.
    private struct Phase: Sendable {
        let label: String
        let family: String
        let pass: String
        let start: ContinuousClock.Instant
    }

    private let storyIDs: [String]
    private let storyTimeoutSeconds: Double
    private let passTimeoutSeconds: Double
    private let storyTimeout: Duration
    private let passTimeout: Duration
    private let progress = Atomic<Int>(0)
    private let currentStory = Atomic<Int>(-1)
    private let phase = Mutex<Phase?>(nil)
    private let onTimeout: @Sendable (_ family: String, _ message: String) -> Never

    /// Creates a watchdog for a corpus; `onTimeout` reports and ends the process.
    init(
        storyIDs: [String],
        storyTimeoutSeconds: Double,
        passTimeoutSeconds: Double,
        onTimeout: @escaping @Sendable (_ family: String, _ message: String) -> Never
    ) {
        self.storyIDs = storyIDs
        self.storyTimeoutSeconds = storyTimeoutSeconds
        self.passTimeoutSeconds = passTimeoutSeconds
        self.storyTimeout = .milliseconds(Int64(storyTimeoutSeconds * 1000))
        self.passTimeout = .milliseconds(Int64(passTimeoutSeconds * 1000))
        self.onTimeout = onTimeout
    }

    /// Starts the sampling thread; it lives until the process ends.
    func start() {
        Thread.detachNewThread { [self] in
            watch()
        }
    }

    /// Marks the start of a pass.
    func beginPass(_ workload: RenderWorkload, pass: String) {
        let started = Phase(label: workload.label, family: workload.family, pass: pass, start: .now)
        phase.withLock { $0 = started }
    }

    /// Marks the end of a pass; between passes nothing is timed out.
    func endPass() {
        phase.withLock { $0 = nil }
    }

    /// Called by the measuring loop just before it renders the story at `index`.
    @inline(__always)
    func willRender(storyAt index: Int) {
        currentStory.store(index, ordering: .relaxed)
        progress.wrappingAdd(1, ordering: .relaxed)
    }

    private func watch() {
        var lastProgress = progress.load(ordering: .relaxed)
        var lastChange = ContinuousClock.now
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            let now = ContinuousClock.now
            let seen = progress.load(ordering: .relaxed)
            guard let running = phase.withLock({ $0 }) else {
                lastProgress = seen
                lastChange = now
                continue
            }
            if seen != lastProgress || lastChange < running.start {
                lastProgress = seen
                lastChange = now
                if running.start.duration(to: now) > passTimeout {
                    let limit = "\(passTimeoutSeconds) s"
                    onTimeout(
                        running.family, "\(running.label) \(running.pass) exceeded the pass timeout of \(limit)"
                    )
                }
                continue
            }
            if lastChange.duration(to: now) > storyTimeout {
                let limit = "\(storyTimeoutSeconds) s"
                let story = storyName()
                onTimeout(
                    running.family, "\(running.label) \(running.pass) stalled on \(story) for over \(limit)")
            }
        }
    }

    private func storyName() -> String {
        let index = currentStory.load(ordering: .relaxed)
        guard storyIDs.indices.contains(index) else {
            return "story index \(index)"
        }
        return "\(storyIDs[index]) (index \(index))"
    }
}
