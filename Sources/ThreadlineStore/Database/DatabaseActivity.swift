import Synchronization

/// Running counts of what a `Database` is doing, read by the server's `/metrics` page.
///
/// The store knows nothing of Prometheus (it sits below the web layer), so it keeps plain numbers that the
/// metrics page turns into gauges and counters at each scrape.
public final class DatabaseActivity: Sendable {
    /// The numbers at one moment.
    public struct Snapshot: Sendable, Equatable {
        /// Reads running now.
        public var readsInProgress = 0
        /// Writes waiting for the one writer (SQLite) or for this process's write turn (PostgreSQL).
        public var writesWaiting = 0
        /// Writes running now (at most one per process).
        public var writesInProgress = 0
        /// Write transactions committed since start.
        public var writesCommitted = 0
        /// Write transactions rolled back since start.
        public var writesRolledBack = 0
        /// Seconds spent inside write transactions since start (with `writesCommitted + writesRolledBack`, the
        /// mean length of a write).
        public var writeSeconds = 0.0
        /// Reads finished since start.
        public var readsCompleted = 0
    }

    private let state = Mutex(Snapshot())

    /// Creates empty counts.
    public init() {}

    /// The counts now.
    public var snapshot: Snapshot { state.withLock { $0 } }

    func readStarted() { state.withLock { $0.readsInProgress += 1 } }

    func readEnded() {
        state.withLock {
            $0.readsInProgress -= 1
            $0.readsCompleted += 1
        }
    }

    func writeQueued() { state.withLock { $0.writesWaiting += 1 } }

    func writeStarted() {
        state.withLock {
            $0.writesWaiting -= 1
            $0.writesInProgress += 1
        }
    }

    func writeEnded(committed: Bool, seconds: Double) {
        state.withLock {
            $0.writesInProgress -= 1
            if committed { $0.writesCommitted += 1 } else { $0.writesRolledBack += 1 }
            $0.writeSeconds += seconds
        }
    }
}
