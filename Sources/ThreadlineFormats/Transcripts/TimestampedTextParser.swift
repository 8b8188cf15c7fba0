public import Foundation
public import ThreadlineCore

/// Reads plain-text transcripts whose lines start with time stamps, such as
///
/// ```
/// [00:00:05] Interviewer: What changed?
/// [00:00:09] Youth worker: We started meeting weekly.
/// ```
///
/// into ``TranscriptCue`` values.
///
/// A stamp is `[hh:mm:ss]`, `[mm:ss]` or either with milliseconds (`[hh:mm:ss.mmm]`, `,` also accepted), at the start
/// of a line (after optional spaces). Each stamp starts a cue; the lines after it that have no stamp continue that
/// cue, and blank lines are dropped. A cue ends where the next one starts. The last cue ends at `totalDurationMs` when
/// the caller knows the recording's length; otherwise it lasts 60 ms per character of its text (about the pace of
/// speech), but at least ``lastCueMinimumDurationMs`` and at most ``lastCueMaximumDurationMs``. Text in brackets that
/// is not a time, such as `[laughter]`, is ordinary text.
///
/// The speaker comes from a `Name:` prefix on the cue's first line, read by the heuristic described on
/// ``TranscriptCue/speaker``. Stamps out of order are sorted by time before each cue's end is set, and a stamp with
/// no text is a pause that ends the cue before it and makes none; each is said in a ``TranscriptNote``, as is a blank
/// file, which is an empty transcript. Every problem is reported with its line number before the parser throws: text
/// before the first stamp, a stamp that cannot be read, two stamps with the same time, a recording length that ends
/// before the last cue starts, and bytes that are not UTF-8.
public struct TimestampedTextParser: Sendable {
    /// The shortest time the last cue lasts when the recording's length is not given.
    public static let lastCueMinimumDurationMs = 1000

    /// How long the last cue lasts per character of its text when the recording's length is not given.
    public static let lastCueDurationPerCharacterMs = 60

    /// The longest time the last cue lasts when the recording's length is not given.
    public static let lastCueMaximumDurationMs = 60_000

    /// Creates a parser.
    public init() {}

    /// Reads a timestamped text transcript into cues and the notes saying what was skipped or reordered.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, UTF-8 with an optional byte order mark.
    ///   - totalDurationMs: The recording's length in milliseconds, which becomes the last cue's end; `nil` to
    ///     estimate the last cue's length from its text.
    /// - Returns: The cues sorted by start time, and the notes; no cues (with a note) for a blank file.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func read(_ data: Data, totalDurationMs: Int? = nil) throws(TranscriptParseError) -> TranscriptReading {
        var reader = TimestampedTextReader(source: TranscriptSource(data: data), totalDurationMs: totalDurationMs)
        return try reader.read()
    }

    /// Parses a timestamped text transcript into its cues, leaving out the notes of ``read(_:totalDurationMs:)``.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, UTF-8 with an optional byte order mark.
    ///   - totalDurationMs: The recording's length in milliseconds, which becomes the last cue's end; `nil` to
    ///     estimate the last cue's length from its text.
    /// - Returns: The cues sorted by start time; empty for a blank file.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func parse(_ data: Data, totalDurationMs: Int? = nil) throws(TranscriptParseError) -> [TranscriptCue] {
        try read(data, totalDurationMs: totalDurationMs).cues
    }

    /// The estimated length of a last cue with `characterCount` characters, when the recording's length is unknown.
    static func estimatedDurationMs(characterCount: Int) -> Int {
        let perCharacter = characterCount.multipliedReportingOverflow(by: lastCueDurationPerCharacterMs)
        let spoken = perCharacter.overflow ? lastCueMaximumDurationMs : perCharacter.partialValue
        return min(lastCueMaximumDurationMs, max(lastCueMinimumDurationMs, spoken))
    }
}
