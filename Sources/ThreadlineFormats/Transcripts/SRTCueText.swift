/// Turns SRT cue text into plain text and the first voice's name.
///
/// SRT has no markup standard; players understand `<i>`, `<b>`, `<u>`, `<s>` and `<font …>`, and some tools copy
/// WebVTT's `<v Name>` voice spans. Only those tags (any case, with their end tags) are removed. Anything else that
/// starts with `<` is kept, because in SRT a `<` is as likely to be text ("ages < 16") as markup, and SRT has no
/// character references, so `&` is kept as written.
struct SRTCueText {
    /// The text without tags, trimmed as ``TranscriptBytes/captionText(_:)`` describes.
    let text: String

    /// The annotation of the first `<v Name>` span, or `nil`.
    let voice: String?

    private static let knownTags: Set<[UInt8]> = Set(["i", "b", "u", "s", "font", "v"].map { Array($0.utf8) })

    init(_ source: [UInt8]) {
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var voice: String?
        var index = 0
        while index < source.count {
            guard source[index] == TranscriptBytes.lessThan else {
                output.append(source[index])
                index += 1
                continue
            }
            // A tag ends at the next `>` on its line; the search also stops at the next `<`, so a run of unmatched
            // `<` costs linear time, not quadratic.
            var end = index + 1
            while end < source.count, source[end] != TranscriptBytes.greaterThan,
                source[end] != TranscriptBytes.lessThan,
                source[end] != TranscriptBytes.lineFeed
            {
                end += 1
            }
            if end < source.count, source[end] == TranscriptBytes.greaterThan,
                let tag = Self.knownTag(source[(index + 1)..<end])
            {
                if voice == nil, let annotation = tag.voice, !annotation.isEmpty {
                    voice = annotation
                }
                index = end + 1
            } else {
                output.append(TranscriptBytes.lessThan)
                index += 1
            }
        }
        self.text = TranscriptBytes.captionText(output)
        self.voice = voice
    }

    /// Recognises the inside of a tag, such as `i`, `/font` or `v.loud Anna`; `nil` when it is not a known tag.
    private static func knownTag(_ content: ArraySlice<UInt8>) -> (isEnd: Bool, voice: String?)? {
        let bytes = Array(content)
        var cursor = 0
        let isEnd = bytes.first == TranscriptBytes.solidus
        if isEnd {
            cursor += 1
        }
        var name: [UInt8] = []
        while cursor < bytes.count, bytes[cursor] != TranscriptBytes.fullStop,
            !TranscriptBytes.isWhitespace(bytes[cursor])
        {
            name.append(TranscriptBytes.lowercased(bytes[cursor]))
            cursor += 1
        }
        guard knownTags.contains(name) else { return nil }
        let restIsBlank = bytes[cursor...].allSatisfy(TranscriptBytes.isWhitespace)
        if isEnd {
            return restIsBlank ? (true, nil) : nil
        }
        guard name == Array("v".utf8) else {
            // `<font color="…">` has attributes; `<i>`, `<b>`, `<u>` and `<s>` have none.
            return name == Array("font".utf8) || restIsBlank ? (false, nil) : nil
        }
        // `<v.class Name>`: skip the classes; the words after them are the name.
        while cursor < bytes.count, !TranscriptBytes.isWhitespace(bytes[cursor]) {
            cursor += 1
        }
        let words = bytes[cursor...].split(whereSeparator: TranscriptBytes.isWhitespace)
        return (false, words.map(TranscriptBytes.decode).joined(separator: " "))
    }
}
