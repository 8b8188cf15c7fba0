public import Foundation

/// The transcript file formats Threadline reads.
public enum TranscriptFormat: String, Hashable, Sendable, CaseIterable {
    /// WebVTT (`.vtt`), read by ``WebVTTParser`` and written by ``WebVTTWriter``.
    case webVTT
    /// SubRip (`.srt`), read by ``SRTParser`` and written by ``SRTWriter``.
    case srt
    /// Plain text with `[hh:mm:ss]` stamps (`.txt`), read by ``TimestampedTextParser``.
    case timestampedText

    /// How many bytes from the start of a file ``detect(data:fileName:)`` looks at.
    static let sniffLength = 4096

    /// How many non-blank lines ``detect(data:fileName:)`` looks through for a `[00:00:05]` stamp, since a title or
    /// a few notes often come before the first one.
    static let stampSearchLineCount = 20

    /// Guesses the format of a transcript file, from its content first and its name second.
    ///
    /// The content decides when it can: a `WEBVTT` signature on the first non-blank line means WebVTT; a first block
    /// of a whole-number line and a `-->` timing line means SRT; a line starting with a stamp such as `[00:00:05]`
    /// among the first non-blank lines means timestamped text. A file that opens with a bare timing line could be
    /// WebVTT without its signature or SRT without its numbers: the name's extension (`.vtt`, `.srt`) decides, then
    /// the timing's decimal separator (`.` for WebVTT, `,` for SRT). When the content says nothing, the extension
    /// decides (`.vtt`, `.srt`, `.txt`), so that the chosen parser can explain what is wrong with the file.
    ///
    /// - Parameters:
    ///   - data: The file's bytes; only the first few kilobytes are read.
    ///   - fileName: The file's name, if known, such as `"interview-3.vtt"`.
    /// - Returns: The format, or `nil` when neither the content nor the name suggests one.
    public static func detect(data: Data, fileName: String?) -> TranscriptFormat? {
        let source = TranscriptSource(data: data.prefix(sniffLength))
        let fromName = fileName.flatMap(format(forFileName:))
        let nonBlank = (0..<source.lineCount).lazy.filter { !source.isBlank($0) }
        guard let first = nonBlank.first else { return fromName }
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
            if fromName == .webVTT || fromName == .srt {
                return fromName
            }
            let arrow = TranscriptBytes.firstArrow(in: source.bytes, range: source.lines[first]) ?? 0
            return source.bytes[source.lines[first].lowerBound..<arrow].contains(TranscriptBytes.comma) ? .srt : .webVTT
        }
        for index in nonBlank.prefix(stampSearchLineCount)
        where TimestampedTextReader.findStamp(in: source.bytes, range: source.lines[index]) != nil {
            return .timestampedText
        }
        return fromName
    }

    private static func format(forFileName fileName: String) -> TranscriptFormat? {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "vtt", "webvtt": return .webVTT
        case "srt": return .srt
        case "txt", "text": return .timestampedText
        default: return nil
        }
    }

    private static func isWholeNumber(_ line: ArraySlice<UInt8>) -> Bool {
        let digits = line.drop(while: TranscriptBytes.isSpaceOrTab).reversed().drop(while: TranscriptBytes.isSpaceOrTab)
        return !digits.isEmpty && digits.allSatisfy(TranscriptBytes.isDigit)
    }
}
