/// Why a search text cannot be run, told as a sentence the search page can show under the box.
public struct SearchQueryProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is, for code that reacts differently to each (tests, metrics, hints).
    public enum Kind: Hashable, Sendable {
        /// Nothing but spaces or punctuation was typed.
        case empty
        /// Every word typed is a stop word such as "the" or "and", which are not searched for.
        case onlyCommonWords
        /// Only exclusions such as `-trust` were typed; they cannot find anything on their own.
        case onlyExclusions
        /// A `*` on its own, which would match every word.
        case bareStar
        /// A prefix such as `p*` is shorter than ``SearchQuery/minimumPrefixLength`` characters.
        case prefixTooShort
        /// The text is longer than ``SearchQuery/maximumCharacters`` characters (or its encoding is too large).
        case tooLong
        /// The query has more than ``SearchQuery/maximumTerms`` words, phrases and exclusions.
        case tooManyTerms
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// A sentence a reader can act on, e.g. `Add a word to search for; "-trust" only excludes.`
    public let message: String
    /// Where in the typed text the problem is, counted in characters as a person sees them (grapheme
    /// clusters) from 0, or `nil` when it is about the text as a whole.
    public let characterOffset: Int?
    /// The same place as a byte offset into the text's UTF-8 encoding, or `nil` with `characterOffset`.
    public let utf8Offset: Int?

    /// Creates a problem; `place` is an index into `text`, the text that was parsed.
    init(_ kind: Kind, _ message: String, in text: String, at place: String.Index?) {
        self.kind = kind
        self.message = message
        if let place {
            // Counting happens only once, when a problem is reported, so it costs nothing on the happy path.
            self.characterOffset = text[..<place].count
            self.utf8Offset = text.utf8.distance(from: text.startIndex, to: place)
        } else {
            self.characterOffset = nil
            self.utf8Offset = nil
        }
    }

    /// The message, followed by the character offset when there is one.
    public var description: String {
        guard let characterOffset else { return message }
        return "\(message) (at character \(characterOffset))"
    }
}
