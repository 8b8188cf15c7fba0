public import Foundation

/// Tells the time. Injected so that tests can fix "now".
public protocol TimeSource: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The production time source: the system clock, to the whole second.
///
/// Whole seconds because times are exported as ISO 8601 without fractions; a stored fraction would make an
/// export, re-imported, differ from the original.
public struct SystemTimeSource: TimeSource {
    /// Creates the time source.
    public init() {}

    public func now() -> Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
}

/// A time source that always answers the same instant; for tests and reproducible demo data.
public struct FixedTimeSource: TimeSource {
    /// The instant returned by `now()`.
    public let instant: Date

    /// Creates a time source stopped at `instant`.
    public init(_ instant: Date) {
        self.instant = instant
    }

    public func now() -> Date { instant }
}
