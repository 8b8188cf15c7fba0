/// The lines two texts share and the lines that differ, for comparing versions of a report.
///
/// A longest-common-subsequence diff over lines, after trimming the lines both ends share. Report sections are short,
/// so the table is small; past `maximumCells` (both texts long and wholly different) it says "all removed, all added"
/// rather than spend time and memory on a table nobody would read.
public enum LineDiff {
    /// One line of a comparison.
    public enum Line: Hashable, Sendable {
        /// In both texts.
        case same(String)
        /// Only in the older text.
        case removed(String)
        /// Only in the newer text.
        case added(String)
    }

    /// The largest table the diff builds (lines of old × lines of new, after trimming).
    public static let maximumCells = 4_000_000

    /// The lines of `old` and `new` in order, each marked same, removed or added.
    public static func lines(from old: String, to new: String) -> [Line] {
        compare(split(old), split(new))
    }

    /// Whether a comparison found any difference.
    public static func hasChanges(_ lines: [Line]) -> Bool {
        lines.contains { if case .same = $0 { false } else { true } }
    }

    static func split(_ text: String) -> [String] {
        // "\r\n" is one Character in Swift, so line endings are made plain "\n" before splitting.
        let plain = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return plain.isEmpty ? [] : plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func compare(_ old: [String], _ new: [String]) -> [Line] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var result = old[..<prefix].map { Line.same($0) }
        if a.count * b.count > maximumCells {
            result += a.map { .removed($0) } + b.map { .added($0) }
        } else {
            result += middle(a, b)
        }
        result += old[(old.count - suffix)...].map { .same($0) }
        return result
    }

    /// The classic table: `table[i][j]` is the longest common subsequence of `a[i...]` and `b[j...]`.
    private static func middle(_ a: [String], _ b: [String]) -> [Line] {
        let width = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] =
                    a[i] == b[j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var lines: [Line] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                lines.append(.same(a[i]))
                i += 1
                j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                lines.append(.removed(a[i]))
                i += 1
            } else {
                lines.append(.added(b[j]))
                j += 1
            }
        }
        lines += a[i...].map { .removed($0) } + b[j...].map { .added($0) }
        return lines
    }
}
