/// One word of a source's text as the text search query compares it: where it stands and its folded form.
///
/// Words are split by the rules the search box itself uses (``SearchTextScanner``): a run of letters and digits of
/// any script with the combining marks that follow them; every other character, hyphens and apostrophes included,
/// separates words, so "place-based" is the two adjacent words the full-text index holds. Folding follows the
/// index's `unicode61 remove_diacritics 2` tokenizer: lower case, and accents on letters dropped, so "Café", "cafe"
/// and a decomposed "café" are one word, and so are Welsh "ŵ" and "w".
struct SearchableWord: Hashable, Sendable {
    /// The word's first scalar in the text.
    let start: Int
    /// The scalar after its last.
    let end: Int
    /// The word folded for comparison (see ``fold(_:)``).
    let key: String

    /// Every word of `scalars`, in order.
    static func words(in scalars: [Unicode.Scalar]) -> [SearchableWord] {
        var words: [SearchableWord] = []
        // Most words are plain ASCII: their lower-cased bytes are gathered here and become the key directly.
        var ascii: [UInt8] = []
        var position = 0
        while position < scalars.count {
            guard startsWord(scalars[position]) else {
                position += 1
                continue
            }
            let start = position
            ascii.removeAll(keepingCapacity: true)
            var isASCII = true
            while position < scalars.count {
                let scalar = scalars[position]
                if continuesWord(scalar) {
                    if isASCII, scalar.isASCII {
                        let byte = UInt8(scalar.value)
                        ascii.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    } else {
                        isASCII = false
                    }
                } else if scalar.value != 0xAD {
                    // A soft hyphen only hints at a line break; the search box reads a word through it too.
                    break
                }
                position += 1
            }
            let key: String
            if isASCII {
                key = String(decoding: ascii, as: UTF8.self)
            } else {
                var pieces = String.UnicodeScalarView()
                pieces.append(contentsOf: scalars[start..<position].filter { $0.value != 0xAD })
                key = fold(String(pieces))
            }
            words.append(SearchableWord(start: start, end: position, key: key))
        }
        return words
    }

    /// ``SearchTextScanner/startsWord(_:)``, answered without Unicode tables for ASCII.
    private static func startsWord(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return SearchTextScanner.startsWord(scalar) }
        return isASCIILetterOrDigit(scalar.value)
    }

    /// ``SearchTextScanner/continuesWord(_:)``, answered without Unicode tables for ASCII.
    private static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return SearchTextScanner.continuesWord(scalar) }
        return isASCIILetterOrDigit(scalar.value)
    }

    private static func isASCIILetterOrDigit(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// Lower case with accents on letters removed: the form in which a typed word and a word of the text are
    /// compared. Other scripts' vowel signs and marks stay, since they change the word rather than decorate it.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most words are plain ASCII, which only needs its case folded.
            return word.lowercased()
        }
        var folded = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !isDiacritic(scalar) {
            folded.append(scalar)
        }
        return String(folded).precomposedStringWithCanonicalMapping
    }

    /// Whether `scalar` is one of the combining accents that the index drops: the blocks of combining diacritical
    /// marks (U+0300–036F, U+1AB0–1AFF, U+1DC0–1DFF, U+20D0–20FF, U+FE20–FE2F).
    private static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true
        default:
            return false
        }
    }
}
