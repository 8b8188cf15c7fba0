import Foundation

/// How often each word occurs in a set of texts (passages or whole sources), as in NVivo's word frequency query.
///
/// Words are runs of Unicode letters, marks and digits, keeping an apostrophe or hyphen between two of them
/// ("don’t", "co-production", "covid-19"); they are lower-cased, curly apostrophes made straight, and written in
/// composed form (NFC) so "ŵ" typed either way is one letter. Stop words and words shorter than the minimum are
/// left out before counting. With stemming, words sharing a Porter stem are counted together and shown by the
/// form of the word used most (the alphabetically first on a tie).
public struct WordFrequency: Sendable, Hashable {
    /// What is counted.
    public struct Options: Sendable, Hashable {
        /// Words left out.
        public var stopWords: StopWordList
        /// Words with fewer characters are left out.
        public var minimumLength: Int
        /// Whether words with one English stem (``PorterStemmer``) are counted as one.
        public var stems: Bool

        /// Creates options; by default English stop words, words of any length, no stemming.
        public init(stopWords: StopWordList = .english, minimumLength: Int = 1, stems: Bool = false) {
            self.stopWords = stopWords
            self.minimumLength = minimumLength
            self.stems = stems
        }
    }

    /// One word (or stem) and how often it occurs.
    public struct Row: Sendable, Hashable {
        /// The word as shown: with stemming, the stem's most frequent form.
        public var word: String
        /// With stemming, the stem the row counts; `nil` otherwise.
        public var stem: String?
        /// How many times it occurs.
        public var count: Int
        /// Its share of all the words counted, from 0 to 1.
        public var share: Double
        /// In how many of the texts it occurs.
        public var textCount: Int
        /// With stemming, every form counted, most frequent first; otherwise just the word.
        public var forms: [String]
    }

    /// Every word counted, most frequent first, then by word.
    public let rows: [Row]
    /// How many words were counted (stop words and short words not included).
    public let totalCount: Int
    /// How many texts were read.
    public let textCount: Int

    /// Counts the words of `texts` (one per passage or source, for ``Row/textCount``).
    public init(texts: [String], options: Options = Options()) {
        var counts: [String: Int] = [:]
        var textCounts: [String: Int] = [:]
        var total = 0
        for text in texts {
            var seen: Set<String> = []
            for token in Self.words(in: text)
            where token.count >= options.minimumLength && !options.stopWords.contains(token) {
                counts[token, default: 0] += 1
                total += 1
                seen.insert(token)
            }
            for word in seen { textCounts[word, default: 0] += 1 }
        }
        totalCount = total
        textCount = texts.count
        guard options.stems else {
            rows = Self.sorted(
                counts.map { word, count in
                    Row(
                        word: word, stem: nil, count: count, share: total > 0 ? Double(count) / Double(total) : 0,
                        textCount: textCounts[word] ?? 0, forms: [word])
                })
            return
        }
        // Words sharing a stem: their counts add up; a text with any of them counts once.
        var byStem: [String: [String]] = [:]
        for word in counts.keys { byStem[PorterStemmer.stem(word), default: []].append(word) }
        var stemTexts: [String: Int] = [:]
        if byStem.contains(where: { $0.value.count > 1 }) {
            for text in texts {
                var seen: Set<String> = []
                for token in Self.words(in: text) where counts[token] != nil { seen.insert(PorterStemmer.stem(token)) }
                for stem in seen { stemTexts[stem, default: 0] += 1 }
            }
        }
        rows = Self.sorted(
            byStem.map { stem, words in
                let forms = words.sorted { (counts[$1]!, $0) < (counts[$0]!, $1) }
                let count = words.reduce(0) { $0 + counts[$1]! }
                return Row(
                    word: forms[0], stem: stem, count: count, share: total > 0 ? Double(count) / Double(total) : 0,
                    textCount: words.count > 1 ? stemTexts[stem] ?? 0 : textCounts[forms[0]] ?? 0, forms: forms)
            })
    }

    /// The first `count` rows (all of them when there are fewer).
    public func top(_ count: Int) -> [Row] { Array(rows.prefix(max(count, 0))) }

    private static func sorted(_ rows: [Row]) -> [Row] {
        rows.sorted { ($1.count, $0.word) < ($0.count, $1.word) }
    }

    /// The words of `text` in order, in counting form: lower case, straight apostrophes, composed (NFC).
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var pendingJoiner: Unicode.Scalar?
        var isASCII = true
        func finish() {
            if !current.isEmpty {
                let word = String(current).lowercased()
                words.append(isASCII ? word : word.precomposedStringWithCanonicalMapping)
            }
            current = String.UnicodeScalarView()
            pendingJoiner = nil
            isASCII = true
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar, afterWord: !current.isEmpty && pendingJoiner == nil) {
                if let joiner = pendingJoiner {
                    current.append(joiner)
                    pendingJoiner = nil
                }
                current.append(scalar)
                if !scalar.isASCII { isASCII = false }
            } else if let joiner = joiner(for: scalar), !current.isEmpty, pendingJoiner == nil {
                pendingJoiner = joiner
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    /// Letters, digits and (inside a word) combining marks.
    private static func isWordScalar(_ scalar: Unicode.Scalar, afterWord: Bool) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return scalar != "\u{02BC}"
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return afterWord
        default:
            return false
        }
    }

    /// The joiner a scalar stands for between two word scalars: an apostrophe ("'", "’", "ʼ") as "'", a hyphen
    /// ("-", "‐", "‑") as "-"; `nil` for anything else.
    private static func joiner(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "'", "\u{2019}", "\u{02BC}": "'"
        case "-", "\u{2010}", "\u{2011}": "-"
        default: nil
        }
    }
}
