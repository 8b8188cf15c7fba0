/// Gathers the problems a parser finds, so that it can report all of them at once.
struct TranscriptProblemCollector {
    private var problems: [TranscriptProblem] = []
    private var stopLine: Int?

    /// Whether the collector has reached ``TranscriptParseError/maximumProblemCount``; parsers stop reading then,
    /// because a hostile file could otherwise make the error as large as the file.
    private(set) var isFull = false

    /// Whether any problem has been recorded.
    var isEmpty: Bool { problems.isEmpty }

    mutating func add(line: Int, _ message: String) {
        guard !isFull else { return }
        guard problems.count < TranscriptParseError.maximumProblemCount else {
            isFull = true
            stopLine = line
            return
        }
        problems.append(TranscriptProblem(line: line, message: message))
    }

    /// Throws the problems in line order when there are any.
    func throwIfAny() throws(TranscriptParseError) {
        guard !problems.isEmpty else { return }
        // Encoding problems are found before parsing problems, so the list is sorted to read top to bottom;
        // the sort is stable so problems on one line keep the order they were found in.
        var sorted = problems.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.offset) < (rhs.element.line, rhs.offset)
        }.map(\.element)
        if let stopLine {
            let limit = TranscriptParseError.maximumProblemCount
            sorted.append(TranscriptProblem(line: stopLine, message: "stopped reading after \(limit) problems"))
        }
        throw TranscriptParseError(problems: sorted)
    }
}
