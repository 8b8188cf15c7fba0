public import ThreadlineCore

/// What a parser made of a transcript file it accepted: the cues, and the notes saying what it changed or left out.
///
/// The cues are sorted by start time (stably, so cues that start together keep their file order), each has text and
/// ends after it starts. They may be empty: a WebVTT file with only its header, or a file of blank lines, is an empty
/// transcript, and ``notes`` then says so. Whether an empty transcript is acceptable is the caller's decision.
public struct TranscriptReading: Hashable, Sendable {
    /// The cues, sorted by start time.
    public var cues: [TranscriptCue]

    /// What the parser changed or left out, in line order; empty when the file was read exactly as written.
    public var notes: [TranscriptNote]

    /// Creates a reading.
    ///
    /// - Parameters:
    ///   - cues: The cues, sorted by start time.
    ///   - notes: What the parser changed or left out, in line order.
    public init(cues: [TranscriptCue], notes: [TranscriptNote]) {
        self.cues = cues
        self.notes = notes
    }

    /// Whether the transcript holds no cues.
    public var isEmpty: Bool { cues.isEmpty }
}
