public import ThreadlineCore

/// Writes cues as a SubRip (`.srt`) file.
///
/// Each cue is written as its number (1, 2, 3 …), a timing line `hh:mm:ss,mmm --> hh:mm:ss,mmm`, its text and a blank
/// line. A speaker is written as a `Name: ` prefix on the first line, which is what people and players expect in SRT;
/// ``SRTParser`` reads it back when the name fits the heuristic described on ``TranscriptCue/speaker`` (so
/// `"Speaker 1"` comes back as text). Text is written as it is, since SRT has no escapes: a cue without a speaker
/// whose text starts like `"Interviewer: …"` reads back with a speaker. Use ``WebVTTWriter`` when the transcript must
/// come back exactly.
///
/// Blank lines inside a cue's text are dropped and lines are trimmed, as a blank line ends an SRT cue; a cue with no
/// text left is skipped. Cues are written in the order given; negative times are written as zero.
public struct SRTWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The SRT file for `cues`, with LF line endings.
    ///
    /// - Parameter cues: The cues, in the order to write them.
    /// - Returns: The file's text, to be saved as UTF-8.
    public func string(for cues: [TranscriptCue]) -> String {
        var output = ""
        var number = 0
        for cue in cues {
            var lines = TranscriptWriterText.lines(of: cue.text)
            guard !lines.isEmpty else { continue }
            let speaker = cue.speaker.map(TranscriptWriterText.singleLine) ?? ""
            if !speaker.isEmpty {
                lines[0] = "\(speaker): \(lines[0])"
            }
            number += 1
            if number > 1 {
                output += "\n"
            }
            output += "\(number)\n"
            output += TranscriptTimestamp.format(cue.startMs, fractionSeparator: ",")
            output += " --> "
            output += TranscriptTimestamp.format(cue.endMs, fractionSeparator: ",")
            output += "\n"
            output += lines.joined(separator: "\n")
            output += "\n"
        }
        return output
    }
}
