/// What one timed pass over the whole corpus measured.
public struct PassSample: Sendable, Equatable {
    /// Wall-clock seconds, from `ContinuousClock`.
    public let wallSeconds: Double
    /// Seconds of CPU time used by the measuring thread.
    public let cpuSeconds: Double
    /// Output size of the pass in UTF-8 bytes.
    public let outputBytes: Int

    /// Creates a sample from one pass's measurements.
    public init(wallSeconds: Double, cpuSeconds: Double, outputBytes: Int) {
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
        self.outputBytes = outputBytes
    }
}
