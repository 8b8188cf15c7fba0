import Foundation

/// Words left out when counting words because nearly every text uses them: articles, pronouns, prepositions,
/// auxiliary verbs and conjunctions.
///
/// The lists are written for this project, not taken from a library. Words are kept in the form the word counter
/// produces: lower case, with a straight apostrophe.
public struct StopWordList: Sendable, Hashable {
    /// The languages with a built-in list.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        /// English.
        case english = "en"
        /// Welsh.
        case welsh = "cy"

        /// The language's list.
        public var list: StopWordList {
            switch self {
            case .english: .english
            case .welsh: .welsh
            }
        }
    }

    /// The words, lower case with straight apostrophes.
    public let words: Set<String>

    /// A list of `words`, each put into the counter's form (lower case, "’" as "'", spaces around removed).
    public init(_ words: some Sequence<String>) {
        self.words = Set(words.map(Self.normalised).filter { !$0.isEmpty })
    }

    /// The lists of `languages` together with `extraWords` (the caller's own, in any case).
    public init(languages: [Language], extraWords: [String] = []) {
        var words: Set<String> = []
        for language in languages { words.formUnion(language.list.words) }
        words.formUnion(StopWordList(extraWords).words)
        self.words = words
    }

    /// No words left out.
    public static let none = StopWordList([String]())

    /// Whether `word` (in the counter's form) is left out.
    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// The words of both lists.
    public func union(_ other: StopWordList) -> StopWordList { StopWordList(words.union(other.words)) }

    /// `word` lower case, with curly apostrophes made straight and white space around it removed.
    static func normalised(_ word: String) -> String {
        var text = word.lowercased()
        if text.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) {
            text = String(
                String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 }))
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// English: the search's function words, with the modal verbs, contractions and a few more that carry no
    /// topic in a word count.
    public static let english = StopWordList(
        SearchStopWords.english.union([
            "also", "am", "among", "another", "around", "can", "cannot", "could", "every", "just", "many", "may",
            "might", "more", "most", "much", "must", "other", "others", "own", "quite", "rather", "same", "shall",
            "since", "still", "though", "us", "very", "via", "whether", "who", "whose", "will", "within", "without",
            "yet", "one", "get", "got", "like", "really", "well", "even", "ever", "there's", "here's",
            "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "he's", "he'd", "he'll", "she's",
            "she'd", "she'll", "it's", "it'd", "it'll", "we're", "we've", "we'd", "we'll", "they're", "they've",
            "they'd", "they'll", "that's", "what's", "who's", "let's",
            "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't",
            "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "shan't", "mightn't", "needn't",
        ]))

    /// Welsh: articles, the common prepositions and their personal forms, pronouns, the forms of "bod" (to be),
    /// conjunctions and particles; with the article and pronouns joined by an apostrophe ("i'r", "a'i").
    public static let welsh = StopWordList([
        // The article, particles and conjunctions.
        "y", "yr", "a", "ac", "ag", "neu", "ond", "os", "pe", "pan", "fel", "mai", "taw", "na", "nad", "nac",
        "ni", "nid", "mi", "fe", "yn", "yng", "ym", "wedi", "heb", "hefyd", "felly", "achos", "oherwydd", "ie",
        "naddo", "do",
        // Prepositions and their joined forms.
        "am", "ar", "at", "gan", "gyda", "efo", "i", "o", "dan", "tan", "dros", "drwy", "trwy", "wrth", "hyd",
        "mewn", "rhwng", "heibio", "ger", "tua", "erbyn", "ers", "cyn", "ôl", "ynghylch", "ynglŷn",
        "i'r", "o'r", "a'r", "â'r", "gyda'r", "efo'r", "i'w", "a'i", "a'u", "o'i", "o'u", "i'n", "i'ch", "a'n",
        "iddo", "iddi", "iddyn", "iddynt", "imi", "iti", "inni", "ichi", "ohono", "ohoni", "ohonyn", "ohonynt",
        "arno", "arni", "arnyn", "arnynt", "ato", "ati", "atyn", "ganddo", "ganddi", "ganddyn", "gennyf", "gen",
        "â", "ô",
        // Pronouns and possessives.
        "fi", "mi", "ti", "di", "fo", "fe", "ef", "hi", "ni", "chi", "nhw", "hwy", "hwythau", "fy", "dy", "ei",
        "ein", "eich", "eu", "hwn", "hon", "hyn", "hynny", "hwnnw",
        "honno", "yma", "yna", "acw", "yno", "rhai", "pob", "pawb", "popeth", "unrhyw", "beth", "pwy", "pa",
        "lle", "ble", "sut", "pam", "faint",
        // Forms of "bod", to be.
        "bod", "fod", "mae", "maen", "mae'r", "mae'n", "oes", "sy", "sydd", "yw", "ydy", "ydw", "ydyn", "ydych",
        "ydi", "oedd", "roedd", "oeddwn", "oedden", "roedden", "bydd", "fydd", "byddai", "fyddai", "bu", "fu",
        "buodd", "fuodd", "bydd", "roeddwn", "dw", "rwy", "rydw", "rydyn", "rydych", "dyw", "dydy", "dydw",
        "dim", "ddim",
    ])
}
