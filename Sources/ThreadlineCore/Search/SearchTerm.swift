/// One thing a reader searches for: a word, a phrase, or the start of a word.
///
/// Terms only come out of ``SearchQuery/parse(_:stopWords:)``, so their words are already normalised: lower case,
/// Unicode NFC, and made only of letters, digits and the combining marks that belong to them.
public struct SearchTerm: Hashable, Sendable, CustomStringConvertible {
    /// How the reader wrote the term, which decides whether common words are dropped from it.
    public enum Form: Hashable, Sendable {
        /// A bare word such as `trust`; dropped when it is a stop word.
        case word
        /// Words that must appear together and in order: typed in quotes (`"place based"`) or joined inside a
        /// word by hyphens or apostrophes (`place-based`, `don't`). Stop words inside are kept.
        case phrase
    }

    /// The lower-cased words, in order; one for a bare word, one or more for a phrase. Never empty.
    public let words: [String]
    /// Whether the term was a bare word or a phrase.
    public let form: Form
    /// Whether the last word is only the start of a word (`part*` also finds `partnership`).
    public let isPrefix: Bool

    init(words: [String], form: Form, isPrefix: Bool) {
        self.words = words
        self.form = form
        self.isPrefix = isPrefix
    }

    /// The term as a reader would type it again: `trust`, `part*`, `"place based"`, `"place bas"*`.
    ///
    /// Parsing this text gives back the same term, which is why phrases are always shown in quotes.
    public var description: String {
        let star = isPrefix ? "*" : ""
        switch form {
        case .word:
            return words.joined(separator: " ") + star
        case .phrase:
            return "\"" + words.joined(separator: " ") + "\"" + star
        }
    }
}
