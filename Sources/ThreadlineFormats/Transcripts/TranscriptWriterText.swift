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
    ///
    /// Whitespace here is what the parsers collapse in a voice span's name: space, tab, LF, FF and CR (WebVTT's
    /// definition), and no more. Collapsing Unicode whitespace as well (a vertical tab, a no-break space) would
    /// write a name the parsers read back differently; fuzzing found `<v A\u{0B}B>` coming back as `A B`.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { character in
            character.unicodeScalars.allSatisfy { $0.isASCII && TranscriptBytes.isWhitespace(UInt8($0.value)) }
        }).joined(separator: " ")
    }
}
