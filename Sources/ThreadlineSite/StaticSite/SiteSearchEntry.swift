import Foundation
import ThreadlineCore

/// One item as the client-side search knows it: short keys keep the index small, since every reader downloads it.
///
/// `w` holds each distinct word of the item's text once, lower-cased, in the order they first appear: enough to
/// find the item by any of its words or their starts, at a fraction of the size of the text.
public struct SiteSearchEntry: Codable, Equatable, Sendable {
    /// The title.
    public var t: String
    /// The page's address.
    public var u: String
    /// The kind, as the search page's kind filter names it (`stories`, `case-studies`, `news`, …).
    public var k: String
    /// A plain-text excerpt shown under the title.
    public var e: String
    /// The start of `text` on one line, cut after the last whole word within `limit` characters, with "…".
    ///
    /// Reads only as far as the limit: the text may be a whole story.
    public static func cut(_ text: String, limit: Int) -> String {
        var result = ""
        var lastWordEnd = 0
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                lastWordEnd = count
                result.append(" ")
                count += 1
                pendingSpace = false
            }
            if count >= limit {
                // Too long: back to the last whole word, or cut inside a single overlong word.
                let kept = lastWordEnd > 0 ? result.prefix(lastWordEnd) : result.prefix(limit)
                return kept + "…"
            }
            result.append(character)
            count += 1
        }
        return result
    }

    /// The distinct words of the text.
    public var w: String
    /// The place's ID, for the place filter.
    public var p: String?
    /// The system enabler's ID, for the enabler filter.
    public var n: String?

    /// The most distinct words kept of one item; a very long text is still found by its first thousand words.
    public static let wordLimit = 1_000

    /// The distinct words of `texts`, lower-cased, separated by spaces.
    ///
    /// ASCII, which most text is, is read byte by byte; other characters are judged by their Unicode properties.
    public static func words(_ texts: [String]) -> String {
        var seen: Set<String> = []
        var kept: [String] = []
        var word: [UInt8] = []
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            guard kept.count < wordLimit else { return }
            let text = String(decoding: word, as: UTF8.self)
            guard text.unicodeScalars.count > 1 else { return }
            if seen.insert(text).inserted { kept.append(text) }
        }
        for text in texts {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    switch UInt8(value) {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        word.append(UInt8(value))
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        word.append(UInt8(value) + 32)
                    default:
                        if !word.isEmpty { finish() }
                    }
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
                {
                    word.append(contentsOf: String(scalar).lowercased().utf8)
                } else if !word.isEmpty {
                    finish()
                }
            }
            if !word.isEmpty { finish() }
        }
        return kept.joined(separator: " ")
    }
}
