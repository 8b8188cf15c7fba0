import ThreadlineCore

/// Finds a speaker named at the start of a cue's text, as in `"Interviewer: What changed?"`, by the heuristic
/// documented on ``TranscriptCue/speaker``, which all the parsers share.
///
/// It walks Unicode scalars rather than `Character`s: a name is short and simple, and scalar properties are enough
/// to tell letters and capitals apart, at a fraction of the cost of grapheme breaking on every cue of a long file.
enum TranscriptSpeakerPrefix {
    /// The longest prefix, in Unicode scalars, that can be a name.
    static let maximumLength = 48

    /// Labels, compared without case and trailing dots, that begin notes rather than name speakers.
    static let nonSpeakerLabels: Set<String> = [
        "note", "nb", "n.b", "ps", "p.s", "warning", "caution", "update", "edit", "correction", "time", "date",
        "location", "source", "subject", "transcript", "translation", "summary",
    ]

    /// Whether UTF-8 `text` could start with a name: it has a `:` on its first line within the bytes a name can
    /// take. Lets a parser skip decoding most cue text twice.
    static func mightStartWithName(_ text: [UInt8]) -> Bool {
        for byte in text.prefix(maximumLength * 4 + 1) {
            if byte == TranscriptBytes.colon { return true }
            if byte == TranscriptBytes.lineFeed { return false }
        }
        return false
    }

    /// The speaker named at the start of `text`, and the text without that prefix; `nil` when the text does not
    /// start with a name.
    static func split(_ text: String) -> (speaker: String, text: String)? {
        let scalars = text.unicodeScalars
        var wordCount = 0
        var previousWasSpace = true
        var startsWithCapital: Bool?
        var sawLetter = false
        var allLettersUppercase = true
        var length = 0
        var colonIndex: String.UnicodeScalarView.Index?
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == ":" {
                colonIndex = index
                break
            }
            length += 1
            guard length <= maximumLength else { return nil }
            if scalar == " " {
                previousWasSpace = true
                continue
            }
            let properties = scalar.properties
            let isLetter = properties.isAlphabetic
            // Combining marks (a decomposed "â") belong to the letter before them.
            let isMark = properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            guard isLetter || isMark || scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." else {
                return nil
            }
            if startsWithCapital == nil {
                startsWithCapital = properties.isUppercase
            }
            if previousWasSpace {
                wordCount += 1
            }
            previousWasSpace = false
            if isLetter && !isMark {
                sawLetter = true
                allLettersUppercase = allLettersUppercase && !properties.isLowercase
            }
        }
        guard let colonIndex, sawLetter, (1...4).contains(wordCount), startsWithCapital == true || allLettersUppercase
        else { return nil }
        let afterColon = scalars.index(after: colonIndex)
        if afterColon < scalars.endIndex, !" \t\n".unicodeScalars.contains(scalars[afterColon]) {
            return nil
        }
        let speaker = String(scalars[..<colonIndex]).trimmingSpaces()
        var label = Substring(speaker.lowercased())
        while label.last == "." {
            label.removeLast()
        }
        guard !nonSpeakerLabels.contains(String(label)) else { return nil }
        let rest = scalars[afterColon...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard !rest.isEmpty else { return nil }
        return (speaker, String(rest))
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var trimmed = Substring(self)
        while trimmed.first == " " {
            trimmed.removeFirst()
        }
        while trimmed.last == " " {
            trimmed.removeLast()
        }
        return String(trimmed)
    }
}
