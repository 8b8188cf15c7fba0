public import Foundation
public import ThreadlineCore

/// Reads YouTube's SubViewer caption files (`.sbv`) into ``TranscriptCue`` values.
///
/// SBV is what YouTube Studio downloads as "`.sbv`": blocks separated by blank lines, each a timing line of two times
/// joined by a comma, `0:00:01.000,0:00:04.000` (hours of any number of digits, minutes and seconds of two, three
/// digits of milliseconds after `.`), then the text lines. There is no header and no markup. A UTF-8 byte order mark
/// and CR, LF or CRLF line endings are accepted, and lines of only spaces or tabs count as blank.
///
/// YouTube marks a change of speaker with `>>` at the start of a cue; that mark is dropped, as it is not speech. The
/// speaker then comes from a `Name:` prefix on the first line, read by the heuristic described on
/// ``TranscriptCue/speaker``.
///
/// As the other parsers do, a cue without text is skipped and cues out of order are sorted by start time, each with
/// a ``TranscriptNote``; a blank file is an empty transcript, said so in a note. Every problem is reported with its
/// line number before the parser throws: a block that does not start with a timing line, a timing line that cannot be
/// read, a cue whose end is not after its start, and bytes that are not UTF-8.
public struct SBVParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Reads an SBV file into cues and the notes saying what was skipped or reordered.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The cues sorted by start time, and the notes; no cues (with a note) for a blank file.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func read(_ data: Data) throws(TranscriptParseError) -> TranscriptReading {
        var reader = SBVReader(source: TranscriptSource(data: data))
        return try reader.read()
    }

    /// Parses an SBV file into its cues, leaving out the notes of ``read(_:)``.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The cues sorted by start time; empty for a blank file.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func parse(_ data: Data) throws(TranscriptParseError) -> [TranscriptCue] {
        try read(data).cues
    }
}
