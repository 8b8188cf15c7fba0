public import Foundation

/// A transcript read without its format being chosen: the format it was read as, and what was read.
public struct DetectedTranscript: Hashable, Sendable {
    /// The format the file was read as.
    public var format: TranscriptFormat

    /// The cues and notes; when the name's extension and the content disagreed, the first note says which was
    /// followed.
    public var reading: TranscriptReading

    /// Creates a detected transcript from its parts.
    ///
    /// - Parameters:
    ///   - format: The format the file was read as.
    ///   - reading: The cues and notes.
    public init(format: TranscriptFormat, reading: TranscriptReading) {
        self.format = format
        self.reading = reading
    }

    /// Reads a transcript whose format the person did not choose.
    ///
    /// The name's extension decides first (`.vtt`, `.srt`, `.sbv`, `.txt`), since the tool that wrote the file
    /// named it. If the file does not parse under that format but its content names another (a `WEBVTT` line in a
    /// `.txt`, say) that it parses under, it is read as the content says, with a note; if neither parses, the
    /// problems of the format the content names are thrown, as they are about what the file holds. Without a known
    /// extension the content decides (see ``TranscriptFormat/detect(content:)``). When neither names a format,
    /// every parser is tried: one that accepts the file is used (only a blank file can be accepted that way), and
    /// otherwise the problems of the one that came closest are thrown (its first problem latest in the file, then
    /// the fewest problems, then WebVTT, SRT, SBV, text in that order), so the refusal still names a line and what
    /// is wrong on it.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - fileName: The file's name, if known, such as `"interview-3.vtt"`.
    ///   - totalDurationMs: The recording's length in milliseconds, used by timestamped text to end its last cue.
    /// - Throws: ``TranscriptDetectionError`` with the problems of the parser that came closest.
    public init(reading data: Data, fileName: String?, totalDurationMs: Int? = nil) throws(TranscriptDetectionError) {
        let byName = fileName.flatMap(TranscriptFormat.format(forFileName:))
        let byContent = TranscriptFormat.detect(content: data)
        if let byName {
            let nameError: TranscriptParseError
            do {
                self.init(format: byName, reading: try byName.read(data, totalDurationMs: totalDurationMs))
                return
            } catch {
                nameError = error
            }
            guard let byContent, byContent != byName else {
                throw TranscriptDetectionError(format: byName, isRecognised: true, parseError: nameError)
            }
            do {
                var reading = try byContent.read(data, totalDurationMs: totalDurationMs)
                let note = TranscriptNote(
                    line: 1,
                    message: "the file's name says \(byName.displayName), but it holds \(byContent.displayName), "
                        + "so it was read as \(byContent.displayName)"
                )
                reading.notes.insert(note, at: 0)
                self.init(format: byContent, reading: reading)
            } catch {
                throw TranscriptDetectionError(format: byContent, isRecognised: true, parseError: error)
            }
            return
        }
        if let byContent {
            do {
                self.init(format: byContent, reading: try byContent.read(data, totalDurationMs: totalDurationMs))
            } catch {
                throw TranscriptDetectionError(format: byContent, isRecognised: true, parseError: error)
            }
            return
        }
        var closest = TranscriptDetectionError(
            format: .webVTT, isRecognised: false, parseError: TranscriptParseError(problems: []))
        for format in Self.guessingOrder {
            do {
                self.init(format: format, reading: try format.read(data, totalDurationMs: totalDurationMs))
                return
            } catch {
                if format == Self.guessingOrder[0] || Self.isCloser(error, than: closest.parseError) {
                    closest = TranscriptDetectionError(format: format, isRecognised: false, parseError: error)
                }
            }
        }
        throw closest
    }

    /// Whether a parser that failed with `error` came closer to reading the file than one that failed with `other`:
    /// its first problem is further into the file, or on the same line with fewer problems in all.
    private static func isCloser(_ error: TranscriptParseError, than other: TranscriptParseError) -> Bool {
        let line = error.problems.first?.line ?? 0
        let otherLine = other.problems.first?.line ?? 0
        return line > otherLine || (line == otherLine && error.problems.count < other.problems.count)
    }

    /// The order in which formats are tried when nothing names one; on a tie, the earlier is the one reported.
    /// WebVTT comes first as the most widely written format; timestamped text, which accepts the least structure,
    /// comes last.
    static let guessingOrder: [TranscriptFormat] = [.webVTT, .srt, .sbv, .timestampedText]
}
