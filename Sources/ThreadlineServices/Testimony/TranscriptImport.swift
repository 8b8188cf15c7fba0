import Foundation
import ThreadlineCore
import ThreadlineFormats

/// Reads a transcript in any supported format, turning every parse problem into a field problem named by its
/// line (`line 12`), which both the API (422, `validation_failed`) and the workspace form show.
///
/// A file that holds no cues (a WebVTT header alone, or blank lines) is refused with a sentence saying so, although
/// the parsers read it as an empty transcript: every caller replaces a testimony's stored cues with what it gets,
/// and an empty upload is far more often the wrong file than a wish to erase the transcript.
public enum TranscriptImport {
    /// The format names a person may choose, for sentences that list them.
    static let formatNames = "vtt, srt, sbv or text"

    /// Reads a transcript and returns its cues; the notes of ``parseWithNotes(_:format:fileName:durationMs:)`` are
    /// left out.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - format: The format a person chose: `vtt`, `srt`, `sbv` or `text`; `nil` or empty to take it from
    ///     `fileName`'s extension, then from the content.
    ///   - fileName: The file's name, if known.
    ///   - durationMs: The recording's length, which ends the last cue of timestamped text.
    /// - Returns: The cues sorted by start time; never empty.
    /// - Throws: ``ValidationError`` naming each problem's line, or the `format` or `transcript` field.
    public static func parse(_ data: Data, format: String?, fileName: String?, durationMs: Int?) throws(ValidationError)
        -> [TranscriptCue]
    {
        try parseWithNotes(data, format: format, fileName: fileName, durationMs: durationMs).cues
    }

    /// Reads a transcript and returns its cues with sentences saying what was skipped or reordered, to show the
    /// person who uploaded it.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - format: The format a person chose: `vtt`, `srt`, `sbv` or `text`; `nil` or empty to take it from
    ///     `fileName`'s extension, then from the content, as `DetectedTranscript(reading:fileName:totalDurationMs:)`
    ///     does.
    ///   - fileName: The file's name, if known.
    ///   - durationMs: The recording's length, which ends the last cue of timestamped text.
    /// - Returns: The cues sorted by start time (never empty), the format read, and the notes as sentences.
    /// - Throws: ``ValidationError`` naming each problem's line (`line 12`), the `format` field for an unknown
    ///   format name, or the `transcript` field for a file with no cues or whose format was not recognised (then
    ///   followed by the line problems of the closest format).
    public static func parseWithNotes(
        _ data: Data,
        format: String?,
        fileName: String?,
        durationMs: Int?
    ) throws(ValidationError) -> Outcome {
        let detected: DetectedTranscript
        switch format?.lowercased() {
        case "vtt", "webvtt": detected = try read(data, as: .webVTT, durationMs: durationMs)
        case "srt": detected = try read(data, as: .srt, durationMs: durationMs)
        case "sbv": detected = try read(data, as: .sbv, durationMs: durationMs)
        case "text", "txt": detected = try read(data, as: .timestampedText, durationMs: durationMs)
        case nil, "":
            do {
                detected = try DetectedTranscript(reading: data, fileName: fileName, totalDurationMs: durationMs)
            } catch {
                var problems = lineProblems(error.parseError)
                if !error.isRecognised {
                    let lead = FieldProblem(
                        field: "transcript",
                        message: "Neither the file's name nor its content says whether it is WebVTT, SRT, SBV or "
                            + "text with [hh:mm:ss] stamps; read as \(error.format.displayName), the closest, it has "
                            + "the problems listed by line. Nothing was stored."
                    )
                    problems.insert(lead, at: 0)
                }
                throw ValidationError(problems)
            }
        case let other?:
            throw ValidationError([
                FieldProblem(
                    field: "format", message: "\"\(other)\" is not a transcript format: use \(formatNames).")
            ])
        }
        let notes = detected.reading.notes.map(sentence)
        guard !detected.reading.cues.isEmpty else {
            let why = notes.last ?? "The file holds no cues."
            throw ValidationError([
                FieldProblem(
                    field: "transcript",
                    message: "\(why) An empty transcript is not stored; the testimony's transcript was left as it was."
                )
            ])
        }
        return Outcome(cues: detected.reading.cues, format: detected.format, notes: notes)
    }

    private static func read(_ data: Data, as format: TranscriptFormat, durationMs: Int?) throws(ValidationError)
        -> DetectedTranscript
    {
        do {
            return DetectedTranscript(format: format, reading: try format.read(data, totalDurationMs: durationMs))
        } catch {
            throw ValidationError(lineProblems(error))
        }
    }

    private static func lineProblems(_ error: TranscriptParseError) -> [FieldProblem] {
        error.problems.map { FieldProblem(field: "line \($0.line)", message: $0.message) }
    }

    /// A note as a sentence: `"Line 14: this cue has no text; it was skipped."`.
    private static func sentence(_ note: TranscriptNote) -> String {
        "Line \(note.line): \(note.message)."
    }
}
