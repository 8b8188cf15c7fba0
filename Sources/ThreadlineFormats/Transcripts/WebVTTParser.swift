public import Foundation
public import ThreadlineCore

/// Reads WebVTT caption and transcript files into ``TranscriptCue`` values.
///
/// The parser follows the W3C WebVTT file parsing rules (https://www.w3.org/TR/webvtt1/#file-parsing): an optional
/// UTF-8 byte order mark; CR, LF or CRLF line endings; the `WEBVTT` signature line, optionally followed by a space or
/// tab and any text; header lines up to the first blank line; then blocks separated by blank lines. A cue block is
/// an optional identifier line, a timing line such as `00:01:02.000 --> 00:01:05.500 align:start` (hours optional;
/// cue settings after the end time are allowed and ignored) and text lines; a text line containing `-->` starts a new
/// cue. `NOTE`, `STYLE` and `REGION` blocks are skipped.
///
/// Where the W3C rules are lenient, so is this parser, and it says what it did in a ``TranscriptNote``: lines of only
/// spaces or tabs between cues separate them (exports from streaming services hold such lines; one followed by
/// ordinary text stays in the cue's text, as the W3C parser keeps it); a file with a header and no cues is an empty
/// transcript; a cue with no text is skipped; a cue that ends when it starts is kept, lasting 1 ms; cues out of order
/// are sorted by start time, stably; a header setting holding `-->` (`Region: id=a-->`) is header; `mm:ss.ttt` times
/// may have other than two digits of minutes (`0:02.500`), as vtt.js reads them. Where the W3C parser drops words, this one keeps
/// them, noted: text cut off from the cue before it by a blank line stays with that cue. In YouTube's automatic
/// captions (words timed as `<00:00:01.040><c> word</c>`), where each cue rolls on by repeating the line before, the
/// lines that repeat the previous cue at the start of a cue are left out and cues of nothing else skipped, with one
/// note, so each line of speech is kept once.
///
/// Where the W3C rules silently drop something the testimony needs, this parser reports a ``TranscriptProblem``
/// instead, because a transcript that loses testimony without a word is worse than one refused: a timing line it
/// cannot read, a block before the first cue that is neither a cue nor a `NOTE`, `STYLE` or `REGION` block, a timing
/// line missing its `-->`, a cue whose end is before its start, bytes that are not UTF-8 and a missing signature. It reports
/// all of them, then throws.
///
/// Cue text becomes plain text as described in ``TranscriptCue/text``: tags are removed and character references
/// decoded. The speaker is the annotation of the cue's first `<v Name>` or `<v.class Name>` voice span; a cue with
/// no voice span may instead start with a `Name:` prefix, read by the heuristic documented on
/// ``TranscriptCue/speaker``. The prefix is looked for in the cue text as written, so a writer can keep text such as
/// `Interviewer: …` in a cue without a speaker by writing the colon as `&#58;`.
public struct WebVTTParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Reads a WebVTT file into cues and the notes saying what was skipped or reordered.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The cues sorted by start time, and the notes; no cues (with a note) for a file with only a header.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func read(_ data: Data) throws(TranscriptParseError) -> TranscriptReading {
        var reader = WebVTTReader(source: TranscriptSource(data: data))
        return try reader.read()
    }

    /// Parses a WebVTT file into its cues, leaving out the notes of ``read(_:)``.
    ///
    /// - Parameter data: The file's bytes.
    /// - Returns: The cues sorted by start time; empty for a file with only a header.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func parse(_ data: Data) throws(TranscriptParseError) -> [TranscriptCue] {
        try read(data).cues
    }
}
