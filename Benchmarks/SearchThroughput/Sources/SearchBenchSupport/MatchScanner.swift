/// Splits an FTS5 MATCH string of the supported subset into terms (https://www.sqlite.org/fts5.html §3).
///
/// Accepted: bare words of letters and digits (§3.1 "barewords"), double-quoted phrases without embedded quotes
/// (§3.2), a trailing `*` on either (§3.3), and `AND` between terms, or nothing, which FTS5 also reads as AND
/// (§3.7). Every other construct is refused with the byte offset where it starts.
struct MatchScanner {
    private let match: String
    private let scalars: String.UnicodeScalarView

    init(_ match: String) {
        self.match = match
        self.scalars = match.unicodeScalars
    }

    /// The terms in order; at least one.
    func terms() throws(MatchTranslationError) -> [MatchTerm] {
        var terms: [MatchTerm] = []
        var andAt: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index = scalars.index(after: index)
            } else if scalar == "\"" {
                let (words, end) = try phrase(openingAt: index)
                let (isPrefix, next) = star(at: end)
                terms.append(MatchTerm(words: words, isQuoted: true, isPrefix: isPrefix))
                andAt = nil
                index = next
            } else if Self.isWordScalar(scalar) {
                let end = wordEnd(from: index)
                let word = String(scalars[index..<end])
                if word == "AND" {
                    if terms.isEmpty || andAt != nil {
                        throw failure(at: index, "AND must stand between two terms.")
                    }
                    andAt = index
                    index = end
                    continue
                }
                if ["OR", "NOT", "NEAR"].contains(word) {
                    throw failure(at: index, "\(word) is not used by the fixture and is not translated.")
                }
                let (isPrefix, next) = star(at: end)
                terms.append(MatchTerm(words: [word.lowercased()], isQuoted: false, isPrefix: isPrefix))
                andAt = nil
                index = next
            } else {
                throw failure(at: index, "the character \"\(scalar)\" is FTS5 syntax outside the supported subset.")
            }
        }
        if let andAt {
            throw failure(at: andAt, "AND must stand between two terms.")
        }
        guard !terms.isEmpty else {
            throw failure(at: scalars.endIndex, "there is no term to search for.")
        }
        return terms
    }

    /// Reads `"words …"` starting at the opening quote; returns the lower-cased words and the index after the
    /// closing quote.
    private func phrase(openingAt open: String.Index) throws(MatchTranslationError) -> ([String], String.Index) {
        var index = scalars.index(after: open)
        var words: [String] = []
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\"" {
                let after = scalars.index(after: index)
                if after < scalars.endIndex, scalars[after] == "\"" {
                    throw failure(at: index, "a doubled quote inside a phrase is not translated.")
                }
                guard !words.isEmpty else {
                    throw failure(at: open, "the phrase is empty.")
                }
                return (words, after)
            }
            if scalar.properties.isWhitespace {
                index = scalars.index(after: index)
            } else if Self.isWordScalar(scalar) {
                let end = wordEnd(from: index)
                words.append(String(scalars[index..<end]).lowercased())
                index = end
            } else {
                // The tokenizer would split here, and so would the search box; refusing keeps the check exact.
                throw failure(at: index, "the character \"\(scalar)\" inside a phrase is not translated.")
            }
        }
        throw failure(at: open, "the phrase has no closing quote.")
    }

    private func wordEnd(from start: String.Index) -> String.Index {
        var index = start
        while index < scalars.endIndex, Self.isWordScalar(scalars[index]) {
            index = scalars.index(after: index)
        }
        return index
    }

    /// Whether a `*` follows at `index`; returns the index after it when it does.
    private func star(at index: String.Index) -> (Bool, String.Index) {
        guard index < scalars.endIndex, scalars[index] == "*" else { return (false, index) }
        return (true, scalars.index(after: index))
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func failure(at index: String.Index, _ reason: String) -> MatchTranslationError {
        let offset = match.utf8.distance(from: match.utf8.startIndex, to: index)
        return MatchTranslationError(match: match, byteOffset: offset, reason: reason)
    }
}
