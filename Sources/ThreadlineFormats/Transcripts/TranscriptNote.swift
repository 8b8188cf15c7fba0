/// Something a parser changed or left out while reading a transcript it accepted, at the line where it happened.
///
/// A note is not a refusal: the transcript was read, but not exactly as written, and the person who uploaded it
/// should know how. Parsers leave a note when they skip a cue that has no text, sort cues that came out of order, or
/// read a file that holds no cues at all (an empty transcript). Problems that lose testimony, such as a timing line
/// that cannot be read, are never notes: they are ``TranscriptProblem``s and the file is refused.
public struct TranscriptNote: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line number in the original file that the note is about.
    public var line: Int

    /// A sentence saying what was done and why, such as `"this cue has no text; it was skipped"`.
    public var message: String

    /// Creates a note.
    ///
    /// - Parameters:
    ///   - line: The 1-based line number in the original file.
    ///   - message: A sentence saying what was done and why.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// The note as `"line 14: message"`, the sentence a person reads.
    public var description: String {
        "line \(line): \(message)"
    }
}
