/// Finds the backtick run that closes a code span.
///
/// A naive search rescans the rest of the text for every unmatched opener, which is quadratic on inputs such as
/// thousands of lone backticks. Instead the runs are indexed by length once, on first use, and each length
/// keeps a cursor that only moves forward because the parser's position only moves forward.
struct CodeSpanCloser {
    private let bytes: [UInt8]
    private var runsByLength: [Int: [Int]]?
    private var cursors: [Int: Int] = [:]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Start of the first run of exactly `length` backticks at or after `index`, if any.
    mutating func find(length: Int, after index: Int) -> Int? {
        if runsByLength == nil {
            runsByLength = Self.indexRuns(bytes)
        }
        guard let runs = runsByLength?[length] else { return nil }
        var cursor = cursors[length] ?? 0
        while cursor < runs.count && runs[cursor] < index { cursor += 1 }
        cursors[length] = cursor
        return cursor < runs.count ? runs[cursor] : nil
    }

    private static func indexRuns(_ bytes: [UInt8]) -> [Int: [Int]] {
        var runs: [Int: [Int]] = [:]
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count && bytes[index] == UInt8(ascii: "`") { index += 1 }
            runs[index - start, default: []].append(start)
        }
        return runs
    }
}
