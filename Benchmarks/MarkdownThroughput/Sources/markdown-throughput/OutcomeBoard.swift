import Synchronization
import ThroughputSupport

/// The summary figures gathered so far, readable from the watchdog thread if a renderer hangs.
final class OutcomeBoard: Sendable {
    private let outcomes = Mutex<[String: RendererOutcome]>([:])

    /// Records how a renderer family fared; a later record replaces an earlier one.
    func record(_ outcome: RendererOutcome, for family: String) {
        outcomes.withLock { $0[family] = outcome }
    }

    /// The closing lines for what has been recorded so far, `SUMMARY` last.
    func summaryLines() -> [String] {
        let threadline = outcomes.withLock { $0["threadline"] } ?? .skipped
        let ink = outcomes.withLock { $0["ink"] } ?? .skipped
        return [
            ThroughputSummary.cpuLine(threadline: threadline, ink: ink),
            ThroughputSummary.aimLine(threadline: threadline, ink: ink),
            ThroughputSummary.line(threadline: threadline, ink: ink),
        ]
    }
}
