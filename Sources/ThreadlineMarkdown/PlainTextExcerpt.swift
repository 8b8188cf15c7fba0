/// Shortens plain text to a summary: whitespace runs (line breaks included) become single spaces, and text longer
/// than the limit is cut after the last whole word that fits, followed by "…".
///
/// The limit counts characters (grapheme clusters), so accented letters and emoji are never split.
struct PlainTextExcerpt {
    /// The most characters kept before the ellipsis; at least 1.
    var limit: Int

    func cut(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        var result = ""
        var length = 0
        for word in words {
            let needed = (result.isEmpty ? 0 : 1) + word.count
            if length + needed > max(limit, 1) {
                if result.isEmpty {
                    // A single word longer than the limit: cut inside it rather than return nothing.
                    return String(word.prefix(max(limit, 1))) + "…"
                }
                return trimmingTrailingPunctuation(result) + "…"
            }
            if !result.isEmpty { result.append(" ") }
            result.append(contentsOf: word)
            length += needed
        }
        return result
    }

    /// "the council, …" reads badly; "the council…" does not.
    private func trimmingTrailingPunctuation(_ text: String) -> String {
        var trimmed = Substring(text)
        while let last = trimmed.last, [",", ";", ":", "-", "–", "—"].contains(last) {
            trimmed = trimmed.dropLast()
        }
        return String(trimmed)
    }
}
