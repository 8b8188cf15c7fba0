import Foundation

/// The closing lines that scripts and the issue compare across runs.
public enum ThroughputSummary {
    /// The project's aim for Threadline's HTML rendering on one core, in MB/s.
    public static let aimMegabytesPerSecond = 50.0

    /// The summary line, for example `SUMMARY markdown: threadline 61.20 MB/s, ink 9.80 MB/s, ratio 6.24`.
    ///
    /// Figures are wall-clock medians. The ratio is Threadline's throughput over Ink's, so above 1 means
    /// Threadline is faster; it is `n/a` when either renderer has no measurement.
    public static func line(threadline: RendererOutcome, ink: RendererOutcome) -> String {
        "SUMMARY markdown: "
            + figures(
                threadline: threadline, ink: ink, threadlineRate: threadline.megabytesPerSecond,
                inkRate: ink.megabytesPerSecond)
    }

    /// The same comparison by thread CPU time, which other load on the machine disturbs less.
    public static func cpuLine(threadline: RendererOutcome, ink: RendererOutcome) -> String {
        "CPUTIME markdown: "
            + figures(
                threadline: threadline, ink: ink, threadlineRate: threadline.cpuMegabytesPerSecond,
                inkRate: ink.cpuMegabytesPerSecond)
    }

    /// A line saying whether the run meets the aim: at least 50 MB/s (wall clock) and faster than Ink.
    public static func aimLine(threadline: RendererOutcome, ink: RendererOutcome) -> String {
        guard let ours = threadline.megabytesPerSecond else {
            return "AIM not assessed: Threadline was not measured"
        }
        let rateMet = ours >= aimMegabytesPerSecond
        let rateText = "\(rateMet ? "met" : "missed") \(Int(aimMegabytesPerSecond)) MB/s"
        guard let theirs = ink.megabytesPerSecond else {
            return "AIM \(rateText); faster than Ink not assessed"
        }
        return "AIM \(rateText); \(ours > theirs ? "faster" : "not faster") than Ink"
    }

    private static func figures(
        threadline: RendererOutcome,
        ink: RendererOutcome,
        threadlineRate: Double?,
        inkRate: Double?
    ) -> String {
        var ratio = "n/a"
        if let ours = threadlineRate, let theirs = inkRate, theirs > 0 {
            ratio = String(format: "%.2f", ours / theirs)
        }
        return "threadline \(threadline.summaryText(threadlineRate)), ink \(ink.summaryText(inkRate)), ratio \(ratio)"
    }
}
