public import Foundation

/// The transcript file formats Threadline reads.
public enum TranscriptFormat: String, Hashable, Sendable, CaseIterable {
    /// WebVTT (`.vtt`), read by ``WebVTTParser`` and written by ``WebVTTWriter``.
    case webVTT
    /// SubRip (`.srt`), read by ``SRTParser`` and written by ``SRTWriter``.
    case srt
    /// Plain text with `[hh:mm:ss]` stamps (`.txt`), read by ``TimestampedTextParser``.
    case timestampedText
    /// YouTube's SubViewer captions (`.sbv`), read by ``SBVParser``. Threadline reads SBV but does not write it:
    /// ``WebVTTWriter`` and ``SRTWriter`` serve every player.
    case sbv

    /// How many bytes from the start of a file ``detect(content:)`` looks at.
    static let sniffLength = 4096

    /// How many non-blank lines ``detect(content:)`` looks through for a `[00:00:05]` stamp, since a title or
    /// a few notes often come before the first one.
    static let stampSearchLineCount = 20

    /// Guesses the format of a transcript file, from its name's extension first and its content second.
    ///
    /// An extension that names a format decides: `.vtt` (or `.webvtt`), `.srt`, `.sbv`, `.txt` (or `.text`). The
    /// content decides otherwise, as ``detect(content:)`` describes. Reading with
    /// ``DetectedTranscript/init(reading:fileName:totalDurationMs:)`` goes further: when the file does not parse
    /// under its extension's format but its content names another that it does parse under, it is read under that
    /// one, with a note.
    ///
    /// - Parameters:
    ///   - data: The file's bytes; only the first few kilobytes are read.
    ///   - fileName: The file's name, if known, such as `"interview-3.vtt"`.
    /// - Returns: The format, or `nil` when neither the name nor the content suggests one.
    public static func detect(data: Data, fileName: String?) -> TranscriptFormat? {
        fileName.flatMap(format(forFileName:)) ?? detect(content: data)
    }

    /// Guesses the format of a transcript from its content alone.
    ///
    /// A `WEBVTT` signature on the first non-blank line means WebVTT; a first block of a whole-number line and a
    /// `-->` timing line means SRT; a first line such as `0:00:01.000,0:00:04.000` means SBV; a line starting with a
    /// stamp such as `[00:00:05]` among the first non-blank lines means timestamped text. A file that opens with a
    /// bare `-->` timing line could be WebVTT without its signature or SRT without its numbers: the timing's decimal
    /// separator decides (`.` for WebVTT, `,` for SRT).
    ///
    /// - Parameter data: The file's bytes; only the first few kilobytes are read.
    /// - Returns: The format, or `nil` when the content suggests none.
    public static func detect(content data: Data) -> TranscriptFormat? {
        let source = TranscriptSource(data: data.prefix(sniffLength))
        let nonBlank = (0..<source.lineCount).lazy.filter { !source.isBlank($0) }
        guard let first = nonBlank.first else { return nil }
        let firstLine = source.line(first)
        let signature = Array("WEBVTT".utf8)
        // Blank lines before the signature are tolerated here; the parser will then say what is wrong.
        if firstLine.starts(with: signature),
            firstLine.count == signature.count
                || TranscriptBytes.isSpaceOrTab(firstLine[firstLine.startIndex + signature.count])
        {
            return .webVTT
        }
        let second = first + 1 < source.lineCount ? first + 1 : nil
        if isWholeNumber(firstLine), let second, source.containsArrow(second) {
            return .srt
        }
        if source.containsArrow(first) {
            let arrow = TranscriptBytes.firstArrow(in: source.bytes, range: source.lines[first]) ?? 0
            return source.bytes[source.lines[first].lowerBound..<arrow].contains(TranscriptBytes.comma) ? .srt : .webVTT
        }
        let trimmed = TranscriptBytes.trimmingSpacesAndTabs(source.bytes, source.lines[first])
        if SBVReader.isTimingLine(source.bytes, range: trimmed) {
            return .sbv
        }
        for index in nonBlank.prefix(stampSearchLineCount)
        where TimestampedTextReader.findStamp(in: source.bytes, range: source.lines[index]) != nil {
            return .timestampedText
        }
        return nil
    }

    /// The format an extension names, such as `.srt`; `nil` for any other name.
    static func format(forFileName fileName: String) -> TranscriptFormat? {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "vtt", "webvtt": return .webVTT
        case "srt": return .srt
        case "sbv": return .sbv
        case "txt", "text": return .timestampedText
        default: return nil
        }
    }

    private static func isWholeNumber(_ line: ArraySlice<UInt8>) -> Bool {
        let digits = line.drop(while: TranscriptBytes.isSpaceOrTab).reversed().drop(while: TranscriptBytes.isSpaceOrTab)
        return !digits.isEmpty && digits.allSatisfy(TranscriptBytes.isDigit)
    }
}
