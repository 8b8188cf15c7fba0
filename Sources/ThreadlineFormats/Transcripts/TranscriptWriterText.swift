/// Text clean-up shared by the transcript writers, matching what the parsers do on reading.
enum TranscriptWriterText {
    /// The non-blank lines of `text`, each trimmed of spaces and tabs. Both formats end a cue at a blank line, so a
    /// blank line cannot be written inside one.
    static func lines(of text: String) -> [String] {
        let bytes = TranscriptBytes.normalizingLineEndings(Array(text.utf8))
        return bytes.split(separator: TranscriptBytes.lineFeed).compactMap { line in
            let trimmed = TranscriptBytes.trimmingSpacesAndTabs(bytes, line.startIndex..<line.endIndex)
            return trimmed.isEmpty ? nil : TranscriptBytes.decode(bytes[trimmed])
        }
    }

    /// `text` on one line, with runs of whitespace turned into one space and the ends trimmed, as a speaker's name
    /// must be.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
