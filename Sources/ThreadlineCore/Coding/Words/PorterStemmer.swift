/// Reduces English words to stems by Porter's suffix-stripping algorithm, so that "connect", "connected" and
/// "connection" are counted together.
///
/// Written from the description in M. F. Porter, "An algorithm for suffix stripping", *Program* 14(3), 130–137
/// (1980): steps 1a–5b, each trying its longest matching suffix and applying it only when its condition on the
/// measure *m* of the stem holds. Words of one or two letters and words with anything but the letters a–z
/// (digits, apostrophes, hyphens, accented letters) are returned unchanged.
public enum PorterStemmer {
    /// The stem of a lower-case word: `stem("relational")` is "relat", `stem("ponies")` is "poni".
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var stemmer = Stemming(bytes)
        stemmer.step1a()
        stemmer.step1b()
        stemmer.step1c()
        stemmer.step2()
        stemmer.step3()
        stemmer.step4()
        stemmer.step5a()
        stemmer.step5b()
        return String(decoding: stemmer.word, as: UTF8.self)
    }
}

/// One word being stemmed, as ASCII bytes.
private struct Stemming {
    var word: [UInt8]

    init(_ word: [UInt8]) {
        self.word = word
    }

    // MARK: The conditions

    /// Whether the letter at `index` of `letters` is a consonant: not a, e, i, o, u, and not a y after a consonant.
    static func isConsonant(_ letters: ArraySlice<UInt8>, _ index: Int) -> Bool {
        switch letters[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
            return false
        case UInt8(ascii: "y"):
            return index == letters.startIndex || !isConsonant(letters, index - 1)
        default:
            return true
        }
    }

    /// The measure m of `stem`, written [C](VC)^m[V]: how many vowel–consonant sequences it has.
    static func measure(_ stem: ArraySlice<UInt8>) -> Int {
        var count = 0
        var previousWasVowel = false
        for index in stem.indices {
            let consonant = isConsonant(stem, index)
            if consonant, previousWasVowel { count += 1 }
            previousWasVowel = !consonant
        }
        return count
    }

    /// *v*: the stem holds a vowel.
    static func hasVowel(_ stem: ArraySlice<UInt8>) -> Bool {
        stem.indices.contains { !isConsonant(stem, $0) }
    }

    /// *d: the stem ends with a double consonant.
    static func endsWithDoubleConsonant(_ stem: ArraySlice<UInt8>) -> Bool {
        let end = stem.endIndex
        return stem.count >= 2 && stem[end - 1] == stem[end - 2] && isConsonant(stem, end - 1)
    }

    /// *o: the stem ends consonant–vowel–consonant, the last consonant not w, x or y.
    static func endsCVC(_ stem: ArraySlice<UInt8>) -> Bool {
        let end = stem.endIndex
        guard stem.count >= 3 else { return false }
        let last = stem[end - 1]
        return isConsonant(stem, end - 3) && !isConsonant(stem, end - 2) && isConsonant(stem, end - 1)
            && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
    }

    // MARK: Suffixes

    func endsWith(_ suffix: [UInt8]) -> Bool {
        word.count >= suffix.count && word[(word.count - suffix.count)...].elementsEqual(suffix)
    }

    /// The word without its last `count` letters.
    func stem(dropping count: Int) -> ArraySlice<UInt8> { word[..<(word.count - count)] }

    mutating func replaceEnding(_ count: Int, with replacement: [UInt8]) {
        word.removeLast(count)
        word.append(contentsOf: replacement)
    }

    /// Applies the first (longest) rule whose suffix the word ends with, if the stem before it satisfies
    /// `condition`; a matching rule whose condition fails ends the step.
    mutating func applyRules(_ rules: [(suffix: [UInt8], replacement: [UInt8])], condition: (ArraySlice<UInt8>) -> Bool)
    {
        for rule in rules where endsWith(rule.suffix) {
            if condition(stem(dropping: rule.suffix.count)) { replaceEnding(rule.suffix.count, with: rule.replacement) }
            return
        }
    }

    // MARK: The steps

    /// Step 1a: plurals. SSES → SS, IES → I, SS → SS, S → (nothing).
    mutating func step1a() {
        if endsWith(Array("sses".utf8)) || endsWith(Array("ies".utf8)) {
            word.removeLast(2)
        } else if endsWith(Array("ss".utf8)) {
            return
        } else if word.last == UInt8(ascii: "s") {
            word.removeLast()
        }
    }

    /// Step 1b: past tenses and -ing. (m>0) EED → EE; (*v*) ED → ; (*v*) ING → ; then tidying the stem left.
    mutating func step1b() {
        if endsWith(Array("eed".utf8)) {
            if Self.measure(stem(dropping: 3)) > 0 { word.removeLast() }
            return
        }
        var removed = false
        for suffix in ["ed", "ing"] {
            let letters = Array(suffix.utf8)
            if endsWith(letters), Self.hasVowel(stem(dropping: letters.count)) {
                word.removeLast(letters.count)
                removed = true
                break
            }
        }
        guard removed else { return }
        if endsWith(Array("at".utf8)) || endsWith(Array("bl".utf8)) || endsWith(Array("iz".utf8)) {
            word.append(UInt8(ascii: "e"))
        } else if Self.endsWithDoubleConsonant(word[...]),
            ![UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z")].contains(word.last!)
        {
            word.removeLast()
        } else if Self.measure(word[...]) == 1, Self.endsCVC(word[...]) {
            word.append(UInt8(ascii: "e"))
        }
    }

    /// Step 1c: (*v*) Y → I.
    mutating func step1c() {
        if word.last == UInt8(ascii: "y"), Self.hasVowel(stem(dropping: 1)) {
            word[word.count - 1] = UInt8(ascii: "i")
        }
    }

    static let step2Rules = rules([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
        ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ])

    /// Step 2: (m>0) double suffixes to single ones, ATIONAL → ATE, IZATION → IZE, …
    mutating func step2() {
        applyRules(Self.step2Rules) { Self.measure($0) > 0 }
    }

    static let step3Rules = rules([
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ])

    /// Step 3: (m>0) ICATE → IC, ATIVE → , ALIZE → AL, ICITI → IC, ICAL → IC, FUL → , NESS → .
    mutating func step3() {
        applyRules(Self.step3Rules) { Self.measure($0) > 0 }
    }

    static let step4Rules = rules(
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
            "ate", "iti", "ous", "ive", "ize",
        ].map { ($0, "") })

    /// Step 4: (m>1) the suffix removed: AL, ANCE, ENCE, ER, …; ION only after S or T.
    mutating func step4() {
        let endsWithION = endsWith(Array("ion".utf8))
        applyRules(Self.step4Rules) { stem in
            guard Self.measure(stem) > 1 else { return false }
            guard endsWithION else { return true }
            return stem.last == UInt8(ascii: "s") || stem.last == UInt8(ascii: "t")
        }
    }

    /// Step 5a: (m>1) E → ; (m=1 and not *o) E → .
    mutating func step5a() {
        guard word.last == UInt8(ascii: "e") else { return }
        let base = stem(dropping: 1)
        let measure = Self.measure(base)
        if measure > 1 || (measure == 1 && !Self.endsCVC(base)) { word.removeLast() }
    }

    /// Step 5b: (m>1 and *d and *L) a double l becomes one.
    mutating func step5b() {
        if Self.measure(word[...]) > 1, Self.endsWithDoubleConsonant(word[...]), word.last == UInt8(ascii: "l") {
            word.removeLast()
        }
    }

    /// Rules as bytes, longest suffix first (so the longest match is tried first; equal lengths keep their order).
    static func rules(_ pairs: [(String, String)]) -> [(suffix: [UInt8], replacement: [UInt8])] {
        let rules = pairs.map { (suffix: Array($0.0.utf8), replacement: Array($0.1.utf8)) }
        return rules.enumerated().sorted {
            ($0.element.suffix.count, -$0.offset) > ($1.element.suffix.count, -$1.offset)
        }.map(\.element)
    }
}
