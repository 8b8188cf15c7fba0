public import ThreadlineCore

/// Writes cues as plain text people read: one line per cue, `[0:12] Speaker: text`, the time from
/// `TimeSpanText.clock` and the speaker only when the cue has one; a cue's lines are joined with spaces.
public struct PlainTranscriptWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The text for `cues`, one line each, ending with a line break.
    public func string(for cues: [TranscriptCue]) -> String {
        cues.map { cue in
            "[\(TimeSpanText.clock(cue.startMs))] " + (cue.speaker.map { "\($0): " } ?? "")
                + cue.text.replacingOccurrences(of: "\n", with: " ")
        }.joined(separator: "\n") + "\n"
    }
}
