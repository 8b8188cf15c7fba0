public import ThreadlineCore

/// Writes cues as a WebVTT file (https://www.w3.org/TR/webvtt1/).
///
/// The output is the `WEBVTT` line, a blank line, then one block per cue: a timing line
/// `hh:mm:ss.ttt --> hh:mm:ss.ttt`, then the text, with the speaker as a voice span (`<v Name>text`). `&`, `<` and `>`
/// are written as character references, so no text can be read back as markup or as a `-->` timing. A colon that
/// ``WebVTTParser`` would take for a speaker prefix in a cue without a speaker is written as `&#58;`, so every cue
/// reads back exactly as it was written.
///
/// Because a blank line ends a WebVTT cue, blank lines inside a cue's text are dropped, and each line is trimmed of
/// spaces and tabs as the parser does. A cue with no text left is skipped, since WebVTT cannot express it. Cues are
/// written in the order given; negative times are written as zero.
public struct WebVTTWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The WebVTT file for `cues`, with LF line endings and a final newline.
    ///
    /// - Parameter cues: The cues, in the order to write them.
    /// - Returns: The file's text, to be saved as UTF-8.
    public func string(for cues: [TranscriptCue]) -> String {
        var output = "WEBVTT\n"
        for cue in cues {
            var lines = TranscriptWriterText.lines(of: cue.text).map(escaped)
            guard !lines.isEmpty else { continue }
            let speaker = cue.speaker.map(TranscriptWriterText.singleLine) ?? ""
            if speaker.isEmpty, TranscriptSpeakerPrefix.split(lines.joined(separator: "\n")) != nil,
                let colon = lines[0].firstIndex(of: ":")
            {
                // The parser looks for the prefix in the text as written, where `&#58;` is no colon.
                lines[0].replaceSubrange(colon...colon, with: "&#58;")
            }
            output += "\n"
            output += TranscriptTimestamp.format(cue.startMs, fractionSeparator: ".")
            output += " --> "
            output += TranscriptTimestamp.format(cue.endMs, fractionSeparator: ".")
            output += "\n"
            if !speaker.isEmpty {
                output += "<v \(escapedSpeaker(speaker))>"
            }
            output += lines.joined(separator: "\n")
            output += "\n"
        }
        return output
    }

    /// The speaker's name for a voice span. Besides `&`, `<` and `>`, a final `-` is written as `&#45;`: the `>`
    /// closing the span would otherwise make `-->` with it, and a line holding `-->` reads back as a timing line
    /// (fuzzing found a name ending in `--` that broke its cue in two).
    private func escapedSpeaker(_ speaker: String) -> String {
        var name = escaped(speaker)
        if name.hasSuffix("-") {
            name.removeLast()
            name += "&#45;"
        }
        return name
    }

    private func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}
