import ThreadlineCore

/// The cues a parser has read so far, with the checks and the leniency every format shares.
///
/// A cue whose end is before its start is a problem, since its timing cannot be trusted and guessing would misplace
/// testimony; one that ends when it starts is kept, lasting 1 ms, with a note, as the W3C parser keeps it. The W3C WebVTT parser (https://www.w3.org/TR/webvtt1/#file-parsing) keeps cues that have no
/// text and cues out of order; a transcript has no use for the first and needs the second in time order, so a cue
/// without text is skipped and cues out of order are sorted by start time, each with a note saying so.
struct TranscriptCueList {
    /// The cues kept, each with the line its timing is on, in file order.
    private var entries: [(cue: TranscriptCue, line: Int)] = []

    /// The kept cue that starts latest so far, with its line, to tell whether a new cue is out of order.
    private var previous: (startMs: Int, line: Int)?

    private var notes = TranscriptNoteCollector()

    /// The separator between seconds and milliseconds in the format being read, so messages quote times as the
    /// file writes them.
    let fractionSeparator: Character

    init(fractionSeparator: Character) {
        self.fractionSeparator = fractionSeparator
    }

    /// Whether no cue has been kept.
    var isEmpty: Bool { entries.isEmpty }

    /// Adds a cue read from `line`, reports why it cannot be added, or notes why it was skipped.
    ///
    /// - Parameters:
    ///   - cue: The cue as read.
    ///   - line: The 1-based line of its timing.
    ///   - problems: Where a cue that ends before it starts is reported.
    ///   - endProblem: The sentence for such a cue, when the format words it differently.
    ///   - emptyNote: The sentence noting a cue without text, when the format words it differently; `nil` when the
    ///     reader says it once for many cues instead.
    ///   - keepsInstantCue: Whether a cue that ends when it starts is kept, lasting 1 ms, with a note; formats
    ///     that derive ends from the next start pass `false`, as there it means two stamps at one time.
    mutating func add(
        _ cue: TranscriptCue,
        line: Int,
        problems: inout TranscriptProblemCollector,
        endProblem: String? = nil,
        emptyNote: String? = "this cue has no text; it was skipped",
        keepsInstantCue: Bool = true
    ) {
        var cue = cue
        if keepsInstantCue, cue.endMs == cue.startMs, !cue.text.isEmpty {
            // The W3C parser keeps a cue that lasts no time; its words are testimony, so it is kept too, as short as
            // a cue can be, since a cue must end after it starts.
            notes.add(
                line: line, "this cue ends when it starts (\(format(cue.startMs))); it was kept, lasting 1 ms")
            cue.endMs += 1
        }
        if cue.endMs <= cue.startMs {
            let message =
                endProblem ?? "the end time \(format(cue.endMs)) is not after the start time \(format(cue.startMs))"
            problems.add(line: line, message)
            return
        }
        if cue.text.isEmpty {
            if let emptyNote {
                notes.add(line: line, emptyNote)
            }
            return
        }
        if let previous, cue.startMs < previous.startMs {
            notes.add(
                line: line,
                "this cue starts at \(format(cue.startMs)), before the cue on line \(previous.line), which starts at "
                    + "\(format(previous.startMs)); the cues were sorted by start time"
            )
        }
        previous = (cue.startMs, line)
        entries.append((cue, line))
    }

    /// How many cues have been kept so far.
    var count: Int { entries.count }

    /// Appends `text` as further lines of the cue kept last, for words a format's blank line cut off from their cue.
    mutating func appendToLast(_ text: String) {
        guard !entries.isEmpty, !text.isEmpty else { return }
        entries[entries.count - 1].cue.text += "\n" + text
    }

    /// Adds a note that is not about one cue, such as a stamp without text in timestamped text.
    mutating func note(line: Int, _ message: String) {
        notes.add(line: line, message)
    }

    /// ``reading(emptyTranscript:)`` for a file in which `attemptedCueCount` cues were tried: with none, the empty
    /// transcript is said as `noCues`; with some, it is because none of them had text.
    func reading(attemptedCueCount: Int, noCues: String = "the file has no cues, so the transcript is empty")
        -> TranscriptReading
    {
        reading(
            emptyTranscript: attemptedCueCount == 0
                ? noCues : "none of the file's cues has text, so the transcript is empty")
    }

    /// The cues sorted by start time, stably, and the notes in line order; when no cue was kept, first a note on
    /// line 1 saying the transcript is empty, worded as `emptyTranscript`.
    func reading(emptyTranscript: String) -> TranscriptReading {
        var notes = self.notes.sorted()
        if entries.isEmpty {
            // First, and outside the bound on notes: it is the one thing the reader must not miss.
            notes.insert(TranscriptNote(line: 1, message: emptyTranscript), at: 0)
        }
        // `enumerated` keeps the sort stable: cues that start together stay in file order.
        let sorted = entries.enumerated().sorted { lhs, rhs in
            (lhs.element.cue.startMs, lhs.offset) < (rhs.element.cue.startMs, rhs.offset)
        }
        return TranscriptReading(cues: sorted.map(\.element.cue), notes: notes)
    }

    private func format(_ milliseconds: Int) -> String {
        TranscriptTimestamp.format(milliseconds, fractionSeparator: fractionSeparator)
    }
}
