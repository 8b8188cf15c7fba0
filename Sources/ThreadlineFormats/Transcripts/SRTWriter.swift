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
            lines = lines.map(Self.protectingTags)
            Self.protectNumberLines(&lines)
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

    /// Keeps a `<` in the text from reading back as the start of a tag.
    ///
    /// SRT has no escapes, and ``SRTParser`` removes `<i>`, `<v Name>` and the other known tags. Text can still hold
    /// one: removing `<v A>` from `<v B<v A>>` leaves `<v B>` (fuzzing found such a cue that changed on a write and
    /// re-read). When a line would lose anything to tag removal, each `<` is written followed by an empty `<i></i>`,
    /// which ends the would-be tag at once; players show nothing for it and the parser removes it.
    static func protectingTags(_ line: String) -> String {
        guard line.contains("<"), SRTCueText(Array(line.utf8)).text != line else { return line }
        return line.split(separator: "<", omittingEmptySubsequences: false).joined(separator: "<<i></i>")
    }

    /// Keeps text from reading back as the start of another cue.
    ///
    /// ``SRTParser`` takes a line of digits followed by a line holding `-->` as a new cue even without a blank line
    /// before it, so such a text line (fuzzing found one left behind when a voice span was removed) is written with
    /// an empty `<i></i>` in front: players show nothing for it and the parser removes it, so the text reads back
    /// as it was.
    static func protectNumberLines(_ lines: inout [String]) {
        for index in lines.indices.dropLast() where lines[index + 1].contains("-->") {
            let line = lines[index].utf8
            if !line.isEmpty, line.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                lines[index] = "<i></i>" + lines[index]
            }
        }
    }
}
