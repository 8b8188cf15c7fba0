import Foundation

/// Where the benchmark writes: results to standard output, progress and problems to standard error, so that
/// `| tee` keeps only the figures when asked to.
enum Console {
    /// Prints a result line to standard output.
    static func result(_ line: String) {
        print(line)
    }

    /// Prints a progress or problem line to standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `value` with `digits` decimals, as the anchor prints its figures.
    static func fixed(_ value: Double, _ digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// Seconds of a Duration as a Double.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// The size of a SQLite database on disk (main file plus write-ahead log), in MiB.
    static func databaseMiB(_ path: String) -> Double {
        var bytes = 0
        for suffix in ["", "-wal"] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            bytes += (attributes?[.size] as? NSNumber)?.intValue ?? 0
        }
        return Double(bytes) / 1_048_576
    }
}
