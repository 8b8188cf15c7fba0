/// Gathers the notes a parser leaves, bounded as problems are.
struct TranscriptNoteCollector {
    private var notes: [TranscriptNote] = []
    private var leftOut = 0

    /// Records a note, or counts it once ``TranscriptParseError/maximumProblemCount`` notes are held, because a
    /// hostile file of a million empty cues could otherwise make the notes as large as the file.
    mutating func add(line: Int, _ message: String) {
        guard notes.count < TranscriptParseError.maximumProblemCount else {
            leftOut += 1
            return
        }
        notes.append(TranscriptNote(line: line, message: message))
    }

    /// The notes in line order (stable, so notes on one line keep the order they were made in), and a last one
    /// saying how many were left out, if any.
    func sorted() -> [TranscriptNote] {
        var sorted = notes.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.offset) < (rhs.element.line, rhs.offset)
        }.map(\.element)
        if leftOut > 0, let last = sorted.last {
            let more = leftOut == 1 ? "1 more note was" : "\(leftOut) more notes were"
            sorted.append(TranscriptNote(line: last.line, message: "\(more) left out after this one"))
        }
        return sorted
    }
}
