import Foundation

/// One piece of a search text, before stop words, `OR` and limits are applied.
struct ScannedToken {
    /// What the piece is.
    enum Kind: Equatable {
        /// A word or phrase with its words already normalised (lower case, NFC).
        case term(words: [String], form: SearchTerm.Form, isPrefix: Bool)
        /// The upper-case word `OR` standing on its own.
        case orOperator
        /// A `*` that is not attached to a word.
        case bareStar
    }

    /// What the piece is.
    let kind: Kind
    /// Whether a `-` in front of it asks for results without it.
    let isExcluded: Bool
    /// Where the piece starts in the text (at its `-` when excluded), for problem messages.
    let start: String.Index
}

/// Splits what a reader typed into words, phrases, prefixes, exclusions and `OR`, in one pass over its Unicode
/// scalars.
///
/// Rules, chosen to match how both SQLite's unicode61 tokenizer and PostgreSQL's default parser split text:
/// - A word is a run of letters and digits (any script), plus the combining marks that follow them.
/// - Hyphens, apostrophes and zero-width (non-)joiners *between* two word characters join the pieces into a
///   phrase: `place-based` is "place based" and `don't` is "don t", because the engines index those pieces as
///   separate, adjacent tokens; searching them as a phrase finds exactly what was typed.
/// - Any other character (punctuation, symbols, emoji) separates words.
/// - `"…"` (also `“…”`, `„…“`, `«…»`) is a phrase; any quote mark closes it, and a missing closing quote takes the
///   rest of the text.
/// - A `*` straight after a word or closing quote makes a prefix, unless a letter follows (`pa*rt` is two words).
/// - A `-` at the start of the text or after a space, straight before a word or quote, excludes that term.
///
/// The caller bounds the text's length, so the scalar arrays stay small.
struct SearchTextScanner {
    private let scalars: [Unicode.Scalar]
    private let indices: [String.Index]
    private let endIndex: String.Index

    /// Prepares to scan `text`.
    init(_ text: String) {
        self.scalars = Array(text.unicodeScalars)
        self.indices = Array(text.unicodeScalars.indices)
        self.endIndex = text.endIndex
    }

    /// Every token in the text, in order.
    func tokens() -> [ScannedToken] {
        var tokens: [ScannedToken] = []
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            let start = indices[position]
            var isExcluded = false
            var cursor = position
            if scalar == "-", startsExclusion(at: position) {
                isExcluded = true
                cursor += 1
            }
            let current = scalars[cursor]
            if Self.isQuote(current) {
                let (token, next) = scanPhrase(openingAt: cursor, isExcluded: isExcluded, start: start)
                if let token { tokens.append(token) }
                position = next
            } else if Self.startsWord(current) {
                let (token, next) = scanCompound(at: cursor, isExcluded: isExcluded, start: start)
                tokens.append(token)
                position = next
            } else if current == "*" {
                let afterStars = skipStars(from: cursor)
                let isAttachedToWord = afterStars < scalars.count && Self.startsWord(scalars[afterStars])
                if !isAttachedToWord {
                    tokens.append(ScannedToken(kind: .bareStar, isExcluded: false, start: start))
                }
                position = afterStars
            } else {
                // Every other character only separates words.
                position = cursor + 1
            }
        }
        return tokens
    }

    /// Whether the `-` at `position` marks an exclusion rather than punctuation (`a - b`, `a--b`).
    private func startsExclusion(at position: Int) -> Bool {
        let isAfterSpace = position == 0 || scalars[position - 1].properties.isWhitespace
        guard isAfterSpace, position + 1 < scalars.count else { return false }
        let next = scalars[position + 1]
        return Self.startsWord(next) || Self.isQuote(next)
    }

    /// Reads a quoted phrase whose opening quote is at `position`; returns the token (none when the quotes hold
    /// no word) and where scanning goes on.
    private func scanPhrase(
        openingAt position: Int,
        isExcluded: Bool,
        start: String.Index
    ) -> (ScannedToken?, Int) {
        var words: [String] = []
        var cursor = position + 1
        // The word being read; empty between words, so a mark or soft hyphen there cannot start one.
        var pieces: [Unicode.Scalar] = []
        while cursor < scalars.count, !Self.isQuote(scalars[cursor]) {
            let scalar = scalars[cursor]
            let isInWord = !pieces.isEmpty
            if Self.startsWord(scalar) || (isInWord && Self.continuesWord(scalar)) {
                pieces.append(scalar)
            } else if isInWord && !Self.isIgnorable(scalar) {
                // Inside quotes every other character, hyphens included, just ends the word.
                words.append(Self.normalise(pieces))
                pieces.removeAll(keepingCapacity: true)
            }
            cursor += 1
        }
        if !pieces.isEmpty { words.append(Self.normalise(pieces)) }
        // Step over the closing quote when there is one; an unterminated phrase simply ends with the text.
        if cursor < scalars.count { cursor += 1 }
        let (isPrefix, next) = trailingPrefixStar(at: cursor)
        guard !words.isEmpty else {
            // `""*` has nothing for the star to extend: it is as good as a bare star.
            let token = isPrefix ? ScannedToken(kind: .bareStar, isExcluded: false, start: start) : nil
            return (token, next)
        }
        let kind = ScannedToken.Kind.term(words: words, form: .phrase, isPrefix: isPrefix)
        return (ScannedToken(kind: kind, isExcluded: isExcluded, start: start), next)
    }

    /// Reads a word starting at `position`, plus any further pieces joined to it by hyphens or apostrophes.
    private func scanCompound(at position: Int, isExcluded: Bool, start: String.Index) -> (ScannedToken, Int) {
        var words: [String] = []
        var pieces: [Unicode.Scalar] = []
        var cursor = position
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if Self.continuesWord(scalar) || Self.isIgnorable(scalar) {
                if !Self.isIgnorable(scalar) { pieces.append(scalar) }
                cursor += 1
            } else if Self.isJoiner(scalar), cursor + 1 < scalars.count, Self.startsWord(scalars[cursor + 1]) {
                words.append(Self.normalise(pieces))
                pieces.removeAll(keepingCapacity: true)
                cursor += 1
            } else {
                break
            }
        }
        let isOr = words.isEmpty && pieces == ["O", "R"]
        words.append(Self.normalise(pieces))
        let (isPrefix, next) = trailingPrefixStar(at: cursor)
        if isOr, !isPrefix, !isExcluded {
            return (ScannedToken(kind: .orOperator, isExcluded: false, start: start), next)
        }
        let form: SearchTerm.Form = words.count == 1 ? .word : .phrase
        let kind = ScannedToken.Kind.term(words: words, form: form, isPrefix: isPrefix)
        return (ScannedToken(kind: kind, isExcluded: isExcluded, start: start), next)
    }

    /// Whether stars at `position` make the preceding term a prefix, and where scanning goes on.
    ///
    /// Stars followed straight away by a letter (`pa*rt`) are not a trailing star: they are left for the main
    /// loop, which treats them as a separator.
    private func trailingPrefixStar(at position: Int) -> (Bool, Int) {
        guard position < scalars.count, scalars[position] == "*" else { return (false, position) }
        let afterStars = skipStars(from: position)
        if afterStars < scalars.count, Self.startsWord(scalars[afterStars]) {
            return (false, position)
        }
        return (true, afterStars)
    }

    /// The position after a run of `*` starting at `position`; `part**` means the same as `part*`.
    private func skipStars(from position: Int) -> Int {
        var cursor = position
        while cursor < scalars.count, scalars[cursor] == "*" { cursor += 1 }
        return cursor
    }

    /// Lower case and NFC, so that `Café`, `CAFÉ` and a decomposed `café` are one and the same word.
    private static func normalise(_ pieces: [Unicode.Scalar]) -> String {
        var word = String.UnicodeScalarView()
        word.append(contentsOf: pieces)
        return String(word).lowercased().precomposedStringWithCanonicalMapping
    }

    /// Letters and digits of any script begin a word.
    static func startsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Inside a word, combining marks (accents, vowel signs, harakat) belong to the letter before them.
    static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return startsWord(scalar)
        }
    }

    /// Characters that join two word pieces into a phrase: hyphens (U+002D, U+2010, U+2011), apostrophes
    /// (U+0027, U+2019) and the zero-width non-joiner and joiner (U+200C, U+200D) used inside Persian and Indic
    /// words.
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2011, 0x27, 0x2019, 0x200C, 0x200D:
            return true
        default:
            return false
        }
    }

    /// A soft hyphen (U+00AD) is invisible and only hints where a line may break, so a word pasted with one is
    /// read as if it were not there.
    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xAD
    }

    /// Straight and typographic double quotes; any of them opens or closes a phrase, because readers mix them.
    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB:
            return true
        default:
            return false
        }
    }
}
