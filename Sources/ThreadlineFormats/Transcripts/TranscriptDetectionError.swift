/// The error ``DetectedTranscript/init(reading:fileName:totalDurationMs:)`` throws: the problems of the parser that
/// came closest to reading the file, and whether its format was recognised or only the closest guess.
///
/// It never says only that the format is unknown: even a file that no parser recognises is read by the one that
/// gets furthest into it, so the person can see which line stopped it and why.
public struct TranscriptDetectionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The format whose parser's problems these are.
    public var format: TranscriptFormat

    /// Whether the file's name or content named ``format``; `false` when neither named any format and ``format``
    /// is only the parser that read furthest before its first problem.
    public var isRecognised: Bool

    /// The problems that parser found, in line order.
    public var parseError: TranscriptParseError

    /// Creates the error.
    ///
    /// - Parameters:
    ///   - format: The format whose parser's problems these are.
    ///   - isRecognised: Whether the file's name or content named that format.
    ///   - parseError: The problems that parser found.
    public init(format: TranscriptFormat, isRecognised: Bool, parseError: TranscriptParseError) {
        self.format = format
        self.isRecognised = isRecognised
        self.parseError = parseError
    }

    /// A sentence saying how the file was read, then its problems one per line.
    public var description: String {
        let lead =
            isRecognised
            ? "read as \(format.displayName):"
            : "not recognised as any transcript format; read as \(format.displayName), the closest:"
        return lead + "\n" + parseError.description
    }
}
