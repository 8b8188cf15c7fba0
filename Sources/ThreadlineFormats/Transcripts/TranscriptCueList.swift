import ThreadlineCore

/// The cues a parser has read so far, with the checks every format shares: a cue must end after it starts, must not
/// start before the cue before it, and must have text.
struct TranscriptCueList {
    private(set) var cues: [TranscriptCue] = []
    private var previous: (startMs: Int, line: Int)?

    /// The separator between seconds and milliseconds in the format being read, so messages quote times as the
    /// file writes them.
    let fractionSeparator: Character

    init(fractionSeparator: Character) {
        self.fractionSeparator = fractionSeparator
    }

    /// Adds a cue read from `line`, or reports why it cannot be added.
    mutating func add(
        _ cue: TranscriptCue,
        line: Int,
        problems: inout TranscriptProblemCollector,
        endProblem: String? = nil
    ) {
        var valid = true
        if cue.endMs <= cue.startMs {
            let message =
                endProblem ?? "the end time \(format(cue.endMs)) is not after the start time \(format(cue.startMs))"
            problems.add(line: line, message)
            valid = false
        }
        if let previous, cue.startMs < previous.startMs {
            problems.add(
                line: line,
                "cues are out of order: this cue starts at \(format(cue.startMs)), before the cue on line "
                    + "\(previous.line), which starts at \(format(previous.startMs))"
            )
            valid = false
        }
        previous = (cue.startMs, line)
        if cue.text.isEmpty {
            problems.add(line: line, "the cue has no text")
            valid = false
        }
        if valid {
            cues.append(cue)
        }
    }

    private func format(_ milliseconds: Int) -> String {
        TranscriptTimestamp.format(milliseconds, fractionSeparator: fractionSeparator)
    }
}
