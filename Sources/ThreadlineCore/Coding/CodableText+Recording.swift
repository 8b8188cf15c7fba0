extension CodableText {
    /// For a transcript, the passage made of the lines (cues) that share some time with `startMs..<endMs`, from
    /// the first one's first scalar to the last one's end; `nil` when no line lies there (or the text has no cues).
    public func lines(startMs: Int, endMs: Int) -> Range<Int>? {
        guard startMs < endMs else { return nil }
        let touched = cueRanges.filter { $0.cue.startMs < endMs && startMs < $0.cue.endMs }
        guard let first = touched.first, let last = touched.last, first.start < last.end else { return nil }
        return first.start..<last.end
    }

    /// Where a timed coding starting at `milliseconds` sits in the text: the start of the first line that starts
    /// at or after it, else the end of the text (0 for a recording with no transcript). Only the order of
    /// codings depends on it.
    public func position(atMs milliseconds: Int) -> Int {
        cueRanges.first { $0.cue.startMs >= milliseconds }?.start ?? length
    }
}

extension CodableText {
    /// What a stretch of a testimony's recording codes, the same at every door: the transcript lines that lie
    /// there (`lines(startMs:endMs:)`), or, where none does, the stretch itself, as the empty range at
    /// `position(atMs:)` that marks a timed coding (`Coding.isTimeOnly`). The store checks the times.
    public func passage(startMs: Int, endMs: Int) -> Range<Int> {
        if let lines = lines(startMs: startMs, endMs: endMs) { return lines }
        let position = position(atMs: startMs)
        return position..<position
    }
}
