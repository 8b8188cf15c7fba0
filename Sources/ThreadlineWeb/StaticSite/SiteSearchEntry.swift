import Foundation
import ThreadlineCore

/// One item as the client-side search knows it: short keys keep the index small, since every reader downloads it.
///
/// `w` holds each distinct word of the item's text once, lower-cased, in the order they first appear: enough to
/// find the item by any of its words or their starts, at a fraction of the size of the text.
struct SiteSearchEntry: Encodable, Equatable {
    /// The title.
    var t: String
    /// The page's address.
    var u: String
    /// The kind, as the search page's kind filter names it (`stories`, `case-studies`, `news`, …).
    var k: String
    /// A plain-text excerpt shown under the title.
    var e: String
    /// The start of `text` on one line, cut after the last whole word within `limit` characters, with "…".
    static func cut(_ text: String, limit: Int) -> String {
        var result = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if result.count + word.count + 1 > limit {
                return result.isEmpty ? String(word.prefix(limit)) + "…" : result + "…"
            }
            if !result.isEmpty { result.append(" ") }
            result += word
        }
        return result
    }

    /// The distinct words of the text.
    var w: String
    /// The place's ID, for the place filter.
    var p: String?
    /// The system enabler's ID, for the enabler filter.
    var n: String?

    /// The most distinct words kept of one item; a very long text is still found by its first thousand words.
    static let wordLimit = 1_000

    /// The distinct words of `texts`, lower-cased, separated by spaces.
    static func words(_ texts: [String]) -> String {
        var seen: Set<Substring> = []
        var kept: [Substring] = []
        for text in texts {
            let lowered = text.lowercased()
            for word in lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count > 1 {
                guard kept.count < wordLimit else { break }
                if seen.insert(word).inserted { kept.append(word) }
            }
        }
        return kept.joined(separator: " ")
    }
}
