/// Finds where a search query's words and phrases occur in a source's text: NVivo's text search query, with the
/// syntax of Threadline's search box (``SearchQuery``).
///
/// Words are split and folded as the full-text index does it (``SearchableWord``), so the text search query finds
/// what the search page would and marks every place it is found:
/// - a word matches the same word whatever its case or accents (`cafe` finds "Café", `dwr` finds "dŵr");
/// - a phrase (`"place based"`, `place-based`) matches its words one after another, whatever punctuation or line
///   break lies between them;
/// - a prefix (`partner*`) matches words that start with it, as highlighting marks them
///   (``SearchQuery/highlightTerms``);
/// - with ``findsSimilarWords``, a word also matches the words sharing its English stem (``PorterStemmer``):
///   `meeting` finds "meet" and "meetings".
///
/// A source is judged as one text, as the index judges a document: every part of the query joined by AND must
/// occur somewhere in the part searched, or the source has no hits; an excluded word or phrase (`-funding`)
/// anywhere in the part searched drops the whole source. The hits are then every occurrence of every word and
/// phrase searched for, overlapping ones joined.
public struct TextSearchMatcher: Sendable {
    /// How many words either side of a hit are shown, unless told otherwise; NVivo's narrow context is five.
    public static let defaultContextWords = 6

    /// The query.
    public let query: SearchQuery
    /// Whether words also match the words that share their English stem.
    public let findsSimilarWords: Bool
    /// How many words either side of a hit its context holds.
    public let contextWords: Int

    /// One word or phrase folded for comparison.
    private struct Pattern: Sendable {
        /// The folded words, in order.
        var keys: [String]
        /// Their stems, when similar words are found.
        var stems: [String]
        /// Whether the last word is only a word's beginning.
        var isPrefix: Bool
    }

    private let clauses: [[Pattern]]
    private let exclusions: [Pattern]

    /// Prepares to search for `query`.
    ///
    /// - Parameters:
    ///   - query: The parsed query.
    ///   - findsSimilarWords: Whether words match others with the same English stem.
    ///   - contextWords: How many words either side of a hit to show, at least 0.
    public init(query: SearchQuery, findsSimilarWords: Bool = false, contextWords: Int = defaultContextWords) {
        self.query = query
        self.findsSimilarWords = findsSimilarWords
        self.contextWords = max(0, contextWords)
        func pattern(_ term: SearchTerm) -> Pattern {
            let keys = term.words.map(SearchableWord.fold)
            return Pattern(
                keys: keys, stems: findsSimilarWords ? keys.map(PorterStemmer.stem) : [], isPrefix: term.isPrefix)
        }
        clauses = query.clauses.map { $0.terms.map(pattern) }
        exclusions = query.exclusions.map(pattern)
    }

    /// The hits in `text`, in text order, looking only inside `ranges` when they are given (a hit must lie wholly
    /// inside one of them; ranges that touch or overlap count as one).
    public func hits(in text: CodableText, within ranges: [Range<Int>]? = nil) -> [TextSearchHit] {
        let words = SearchableWord.words(in: text.scalars)
        let regions = Self.regions(of: words, within: ranges ?? [0..<text.length])
        let stems = findsSimilarWords ? Self.stems(of: words) : []
        let searched = SearchedWords(words: words, regions: regions, stems: stems)
        for exclusion in exclusions where searched.firstOccurrence(of: exclusion) != nil {
            return []
        }
        var found: [ClosedRange<Int>] = []
        for clause in clauses {
            let occurrences = clause.flatMap(searched.occurrences)
            // Every clause must be met somewhere, as AND asks of a document in the index.
            guard !occurrences.isEmpty else { return [] }
            found += occurrences
        }
        return Self.joined(found).map { context(of: $0, words: words, text: text) }
    }

    /// Each word's English stem. A text repeats its words, so each distinct word is stemmed once.
    private static func stems(of words: [SearchableWord]) -> [String] {
        var known: [String: String] = [:]
        return words.map { word in
            if let stem = known[word.key] { return stem }
            let stem = PorterStemmer.stem(word.key)
            known[word.key] = stem
            return stem
        }
    }

    /// For each word, the index of the searched range holding all of it, or `nil` when it lies outside them.
    private static func regions(of words: [SearchableWord], within ranges: [Range<Int>]) -> [Int?] {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var regions: [Int?] = []
        regions.reserveCapacity(words.count)
        var index = 0
        for word in words {
            while index < merged.count, merged[index].upperBound < word.end { index += 1 }
            let isInside = index < merged.count && merged[index].lowerBound <= word.start
            regions.append(isInside ? index : nil)
        }
        return regions
    }

    /// The occurrences (as ranges of word indices) in text order, overlapping ones joined into one.
    private static func joined(_ occurrences: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for occurrence in occurrences.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = result.last, occurrence.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, occurrence.upperBound)
            } else {
                result.append(occurrence)
            }
        }
        return result
    }

    /// The hit for the words `occurrence`, with up to ``contextWords`` words either side inside its paragraph.
    private func context(of occurrence: ClosedRange<Int>, words: [SearchableWord], text: CodableText)
        -> TextSearchHit
    {
        let start = words[occurrence.lowerBound].start
        let end = words[occurrence.upperBound].end
        let lower = Self.block(containing: start, in: text)?.start ?? 0
        let upper = Self.block(containing: end - 1, in: text)?.end ?? text.length
        var first = occurrence.lowerBound
        while first > 0, occurrence.lowerBound - first < contextWords, words[first - 1].start >= lower {
            first -= 1
        }
        let continuesBefore = first > 0 && words[first - 1].start >= lower
        var last = occurrence.upperBound
        while last + 1 < words.count, last - occurrence.upperBound < contextWords, words[last + 1].end <= upper {
            last += 1
        }
        let continuesAfter = last + 1 < words.count && words[last + 1].end <= upper
        let time = text.timeRange(start: start, end: end)
        return TextSearchHit(
            start: start, end: end,
            contextStart: continuesBefore ? words[first].start : min(lower, start),
            contextEnd: continuesAfter ? words[last].end : max(upper, end),
            continuesBefore: continuesBefore, continuesAfter: continuesAfter,
            startMs: time?.startMs, endMs: time?.endMs)
    }

    /// The block (paragraph, heading, transcript line…) that holds the scalar at `position`, if any.
    private static func block(containing position: Int, in text: CodableText) -> SourceBlock? {
        // Blocks are in order and do not overlap: find the last that starts at or before the position.
        var low = 0
        var high = text.blocks.count
        while low < high {
            let middle = (low + high) / 2
            if text.blocks[middle].start <= position { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let candidate = text.blocks[low - 1]
        return position < candidate.end ? candidate : nil
    }

    /// A text's words with what the search needs to know of each, and how to find a pattern among them.
    private struct SearchedWords {
        let words: [SearchableWord]
        let regions: [Int?]
        let stems: [String]

        /// Every occurrence of `pattern`, as the range of word indices it covers.
        func occurrences(of pattern: Pattern) -> [ClosedRange<Int>] {
            words.indices.compactMap { matches(pattern, at: $0) ? $0...($0 + pattern.keys.count - 1) : nil }
        }

        /// The first occurrence of `pattern`, if there is one.
        func firstOccurrence(of pattern: Pattern) -> Int? {
            words.indices.first { matches(pattern, at: $0) }
        }

        /// Whether `pattern`'s words are the words from `index` on, all inside one searched range.
        private func matches(_ pattern: Pattern, at index: Int) -> Bool {
            guard let region = regions[index], index + pattern.keys.count <= words.count else { return false }
            for (offset, key) in pattern.keys.enumerated() {
                let position = index + offset
                guard regions[position] == region else { return false }
                let word = words[position].key
                if pattern.isPrefix, offset == pattern.keys.count - 1 {
                    guard word.unicodeScalars.starts(with: key.unicodeScalars) else { return false }
                } else if word != key {
                    guard !stems.isEmpty, stems[position] == pattern.stems[offset] else { return false }
                }
            }
            return true
        }
    }
}
