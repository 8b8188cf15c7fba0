public import ThreadlineCore
public import ThreadlineFormats

extension TranscriptImport {
    /// A transcript read for storing: its cues, the format it was read as, and sentences saying what was skipped or
    /// reordered, for the page or the API answer to show.
    public struct Outcome: Hashable, Sendable {
        /// The cues, sorted by start time; never empty.
        public var cues: [TranscriptCue]

        /// The format the file was read as, chosen by the person or detected.
        public var format: TranscriptFormat

        /// What was changed or left out, one sentence each, such as
        /// `"Line 14: this cue has no text; it was skipped."`; empty when the file was read as written.
        public var notes: [String]

        /// Creates an outcome.
        ///
        /// - Parameters:
        ///   - cues: The cues, sorted by start time.
        ///   - format: The format the file was read as.
        ///   - notes: What was changed or left out, one sentence each.
        public init(cues: [TranscriptCue], format: TranscriptFormat, notes: [String]) {
            self.cues = cues
            self.format = format
            self.notes = notes
        }
    }
}
