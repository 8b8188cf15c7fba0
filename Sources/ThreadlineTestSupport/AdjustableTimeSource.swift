import Foundation
import Synchronization
public import ThreadlineCore

/// A clock a test can move: the same running application seen on another day.
public final class AdjustableTimeSource: TimeSource {
    private let current: Mutex<Date>

    /// Starts the clock at `date`.
    public init(_ date: Date) {
        current = Mutex(date)
    }

    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock on by `interval` seconds.
    public func advance(by interval: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(interval) }
    }
}
