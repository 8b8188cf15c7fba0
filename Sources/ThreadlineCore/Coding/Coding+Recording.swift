extension Coding {
    /// Whether it codes a stretch of a recording rather than words: a *timed coding* of a testimony.
    ///
    /// A timed coding has no text range (`start == end`, at the place in the transcript where its stretch falls,
    /// so it lists among the transcript's codings in time order) and says which stretch it codes in `startMs`
    /// and `endMs`. It is how a recording, or a stretch of one, that has no transcript is coded. Everything that
    /// works on words (query intersections, NEAR, co-occurrence, excerpts) finds no words in it; everything that
    /// works on times (agreement on recordings, exports, REFI-QDA audio and video selections) uses its times.
    public var isTimeOnly: Bool { start == end && startMs != nil && endMs != nil }

    /// Why `startMs..<endMs` cannot be coded as a stretch of a recording lasting `durationMs` (when known), or
    /// nothing when it can; each problem names `start_ms` or `end_ms`.
    public static func recordingProblems(startMs: Int?, endMs: Int?, durationMs: Int?) -> [FieldProblem] {
        guard let startMs else {
            return [FieldProblem(field: "start_ms", message: "Give where the stretch of the recording starts.")]
        }
        guard let endMs else {
            return [FieldProblem(field: "end_ms", message: "Give where the stretch of the recording ends.")]
        }
        var problems: [FieldProblem] = []
        if startMs < 0 {
            problems.append(
                FieldProblem(
                    field: "start_ms", message: "The stretch cannot start before the recording (\(startMs) ms)."))
        }
        if endMs <= startMs {
            problems.append(
                FieldProblem(
                    field: "end_ms",
                    message: "The stretch must end after it starts (\(TimeSpanText.preciseClock(startMs)) to "
                        + "\(TimeSpanText.preciseClock(endMs)))."))
        } else if let durationMs, endMs > durationMs {
            problems.append(
                FieldProblem(
                    field: "end_ms",
                    message: "The stretch ends at \(TimeSpanText.preciseClock(endMs)), after the recording's end at "
                        + "\(TimeSpanText.preciseClock(durationMs))."))
        }
        return problems
    }
}
