import Foundation

/// How one renderer fared in a run, for the closing lines.
public enum RendererOutcome: Sendable, Equatable {
    /// Measured at these megabytes per second (median pass by wall clock and by thread CPU time).
    case measured(megabytesPerSecond: Double, cpuMegabytesPerSecond: Double)
    /// Not part of this run (`--only`).
    case skipped
    /// Started but did not finish or did not pass its output check; the reason says which.
    case failed(reason: String)

    /// The wall-clock throughput, when there is one.
    var megabytesPerSecond: Double? {
        if case .measured(let rate, _) = self {
            return rate
        }
        return nil
    }

    /// The CPU-time throughput, when there is one.
    var cpuMegabytesPerSecond: Double? {
        if case .measured(_, let rate) = self {
            return rate
        }
        return nil
    }

    /// The outcome as it appears in a summary line, using the chosen figure.
    func summaryText(_ rate: Double?) -> String {
        switch self {
        case .measured:
            return String(format: "%.2f MB/s", rate ?? .nan)
        case .skipped:
            return "skipped"
        case .failed(let reason):
            return "failed (\(reason))"
        }
    }
}
