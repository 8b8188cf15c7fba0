public import Foundation
public import ThreadlineCore

/// Reads SubRip (`.srt`) subtitle and transcript files into ``TranscriptCue`` values.
///
/// SRT has no formal specification; this parser reads the form every player accepts. Blocks are separated by blank
/// lines; each has a cue number, a timing line `hh:mm:ss,mmm --> hh:mm:ss,mmm` (`.` is accepted for `,`, and position
/// coordinates such as `X1:40 X2:600 Y1:20 Y2:50` after the end time are ignored) and text lines. A UTF-8 byte order
/// mark and CR, LF or CRLF line endings are accepted. When the blank line between two cues is missing, a number line
/// followed by a timing line still starts a new cue.
///
/// Cue numbers must be whole numbers, but need not be consecutive or start at 1, since editing tools often leave
/// gaps. Tags `<i>`, `<b>`, `<u>`, `<s>` and `<font …>` are removed. The speaker comes from a `<v Name>` span when a
/// tool wrote one, otherwise from a `Name:` prefix on the first line, read by the heuristic described on
/// ``TranscriptCue/speaker``.
///
/// As WebVTT's parser does, a cue without text is skipped and cues out of order are sorted by start time, each with a
/// ``TranscriptNote``; a blank file is an empty transcript, said so in a note. Every problem is reported with its line
/// number before the parser throws: a missing or non-numeric cue number, a timing line that cannot be read or lacks
/// `-->`, a cue whose end is not after its start, and bytes that are not UTF-8.
public struct SRTParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Reads an SRT file into cues and the notes saying what was skipped or reordered.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The cues sorted by start time, and the notes; no cues (with a note) for a blank file.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func read(_ data: Data) throws(TranscriptParseError) -> TranscriptReading {
        var reader = SRTReader(source: TranscriptSource(data: data))
        return try reader.read()
    }

    /// Parses an SRT file into its cues, leaving out the notes of ``read(_:)``.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The cues sorted by start time; empty for a blank file.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func parse(_ data: Data) throws(TranscriptParseError) -> [TranscriptCue] {
        try read(data).cues
    }
}
