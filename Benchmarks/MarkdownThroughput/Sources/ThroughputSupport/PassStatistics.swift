/// The durations of the timed passes of one renderer, and the figures reported from them.
public struct PassStatistics: Sendable, Equatable {
    /// Every pass in seconds, fastest first.
    public let sortedSeconds: [Double]

    /// Collects pass durations in seconds; returns `nil` when there are none.
    public init?(seconds: [Double]) {
        guard !seconds.isEmpty else {
            return nil
        }
        sortedSeconds = seconds.sorted()
    }

    /// The median pass. With an even count this is the slower of the two middle passes, so the figure is always
    /// one that was actually measured and never flatters the renderer.
    public var medianSeconds: Double { sortedSeconds[sortedSeconds.count / 2] }

    /// The fastest pass.
    public var bestSeconds: Double { sortedSeconds[0] }

    /// The slowest pass.
    public var worstSeconds: Double { sortedSeconds[sortedSeconds.count - 1] }
}
