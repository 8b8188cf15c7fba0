public import Foundation

extension TranscriptFormat {
    /// A short name for the format in sentences a person reads, such as `"WebVTT"`.
    public var displayName: String {
        switch self {
        case .webVTT: "WebVTT"
        case .srt: "SRT"
        case .sbv: "SBV"
        case .timestampedText: "text with [hh:mm:ss] stamps"
        }
    }

    /// Reads `data` with this format's parser.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - totalDurationMs: The recording's length in milliseconds, used by timestamped text to end its last cue;
    ///     the other formats give every cue its end and ignore it.
    /// - Returns: The cues sorted by start time, and the notes saying what was skipped or reordered.
    /// - Throws: ``TranscriptParseError`` listing every problem found, each with its line number.
    public func read(_ data: Data, totalDurationMs: Int? = nil) throws(TranscriptParseError) -> TranscriptReading {
        switch self {
        case .webVTT: try WebVTTParser().read(data)
        case .srt: try SRTParser().read(data)
        case .sbv: try SBVParser().read(data)
        case .timestampedText: try TimestampedTextParser().read(data, totalDurationMs: totalDurationMs)
        }
    }
}
