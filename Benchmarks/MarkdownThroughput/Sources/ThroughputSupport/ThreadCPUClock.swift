import Foundation

/// CPU time consumed by the calling thread.
///
/// On a machine shared with other work, wall-clock time also counts the moments the benchmark thread waited for a
/// core; thread CPU time does not, so it is the steadier figure for comparing renderers on a busy host. It still
/// includes cache and frequency effects of the neighbours.
public enum ThreadCPUClock {
    /// The calling thread's CPU time in seconds since it started, or `nil` if the system cannot tell.
    public static func seconds() -> Double? {
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else {
            return nil
        }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
