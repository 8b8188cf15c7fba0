import Testing

@testable import ThreadlineCore

@Suite("Text search query: finding words and phrases in a source's text")
struct TextSearchMatcherTests {
    /// The words each hit covers, as the text reads them.
    func found(
        _ typed: String, in text: String, similar: Bool = false, within ranges: [Range<Int>]? = nil
    ) throws -> [String] {
        let codable = CodableText(text: text)
        let matcher = TextSearchMatcher(query: try SearchQuery(parsing: typed), findsSimilarWords: similar)
        return matcher.hits(in: codable, within: ranges).map { $0.matched(in: codable) }
    }

    @Test("a word matches whatever its case or accents, typed either way, and not inside longer words")
    func caseAndAccents() throws {
        let text = "Café culture. The CAFE was busy; a cafe\u{0301} too, cafés and a cafeteria."
        #expect(try found("cafe", in: text) == ["Café", "CAFE", "cafe\u{0301}"])
        #expect(try found("CAFÉ", in: text) == ["Café", "CAFE", "cafe\u{0301}"])
        #expect(try found("cafe*", in: text) == ["Café", "CAFE", "cafe\u{0301}", "cafés", "cafeteria"])
    }

    @Test("Welsh letters with a circumflex fold to the plain letter, written precomposed or not")
    func welsh() throws {
        let text = "Mae dŵr yn y tŷ. DW\u{0302}R oer yn Llanelli, a’r llwybr."
        #expect(try found("dwr", in: text) == ["dŵr", "DW\u{0302}R"])
        #expect(try found("dŵr", in: text) == ["dŵr", "DW\u{0302}R"])
        #expect(try found("\"y tŷ\"", in: text) == ["y tŷ"])
        #expect(try found("ll*", in: text) == ["Llanelli", "llwybr"])
        // "a’r" is two words to the index, so the phrase a'r finds it with either apostrophe.
        #expect(try found("a'r", in: text) == ["a’r"])
    }

    @Test("offsets count Unicode scalars, so emoji and skin tones before a hit are one or two positions")
    func scalarOffsets() throws {
        let text = CodableText(text: "🙂🙂 trust 👍🏽 trust. 👨‍👩‍👧 Trust")
        let hits = TextSearchMatcher(query: try SearchQuery(parsing: "trust")).hits(in: text)
        // 🙂 is one scalar; 👍🏽 is two; the family is five (three people joined by two zero-width joiners).
        #expect(hits.map(\.start) == [3, 12, 25])
        #expect(hits.map(\.end) == [8, 17, 30])
        #expect(hits.map { $0.matched(in: text) } == ["trust", "trust", "Trust"])
    }

    @Test("a phrase matches its words in order across punctuation and a line break, and nothing else")
    func phrases() throws {
        let text = "We build place\nbased work. Place-based, too; based place; place, based; placebased."
        #expect(
            try found("\"place based\"", in: text) == ["place\nbased", "Place-based", "place, based"])
        #expect(try found("place-based", in: text) == ["place\nbased", "Place-based", "place, based"])
        #expect(try found("\"place bas\"*", in: text) == ["place\nbased", "Place-based", "place, based"])
    }

    @Test("words, phrases and prefixes that overlap make one hit")
    func overlapsJoin() throws {
        let text = "Place based working is based on trust."
        #expect(try found("\"place based\" based", in: text) == ["Place based", "based"])
        #expect(try found("trust trust*", in: text) == ["trust"])
    }

    @Test("AND needs every part somewhere in the text, OR either, and an excluded word drops the text")
    func andOrNot() throws {
        let text = "Trust grew between partners, with new funding."
        #expect(try found("trust partners", in: text) == ["Trust", "partners"])
        #expect(try found("trust leaders", in: text) == [])
        #expect(try found("trust OR leaders", in: text) == ["Trust"])
        #expect(try found("trust -funding", in: text) == [])
        #expect(try found("trust -\"core funding\"", in: text) == ["Trust"])
        #expect(try found("partner", in: text) == [])
    }

    @Test("finding similar words matches words with one English stem, including accented spellings")
    func similarWords() throws {
        let text = "We meet often. Meetings help; the meeting went well. We met. Connected connections."
        #expect(try found("meeting", in: text) == ["meeting"])
        #expect(try found("meeting", in: text, similar: true) == ["meet", "Meetings", "meeting"])
        #expect(try found("\"connect connection\"", in: text, similar: true) == ["Connected connections"])
        #expect(try found("naive", in: "a naïve view, a NAÏVE one", similar: true) == ["naïve", "NAÏVE"])
    }

    @Test("the context is a few words either side, kept inside the hit's paragraph")
    func context() throws {
        let text = CodableText(
            text: "One two three four five six seven eight trust nine ten eleven twelve thirteen fourteen.\n"
                + "Trust opens this paragraph, “and trust” ends.")
        let hits = TextSearchMatcher(query: try SearchQuery(parsing: "trust"), contextWords: 3).hits(in: text)
        #expect(hits.count == 3)
        #expect(hits[0].before(in: text) == "six seven eight ")
        #expect(hits[0].after(in: text) == " nine ten eleven")
        #expect(hits[0].continuesBefore && hits[0].continuesAfter)
        #expect(hits[1].before(in: text) == "")
        #expect(!hits[1].continuesBefore)
        #expect(hits[1].after(in: text) == " opens this paragraph")
        #expect(hits[2].before(in: text) == "this paragraph, “and ")
        // The end of the paragraph is near, so the context runs to it, full stop included.
        #expect(hits[2].after(in: text) == "” ends.")
        #expect(!hits[2].continuesAfter)
        #expect(hits.allSatisfy { $0.startMs == nil })
    }

    @Test("a transcript's hit carries the time of its line, and its context stays in that line")
    func transcriptTimes() throws {
        let text = CodableText(cues: [
            TranscriptCue(startMs: 0, endMs: 4_000, speaker: "Ann", text: "We started with trust."),
            TranscriptCue(startMs: 4_000, endMs: 9_500, speaker: "Bob", text: "Trust takes time to build."),
        ])
        let hits = TextSearchMatcher(query: try SearchQuery(parsing: "trust")).hits(in: text)
        #expect(hits.map(\.startMs) == [0, 4_000])
        #expect(hits.map(\.endMs) == [4_000, 9_500])
        #expect(hits[0].after(in: text) == ".")
        #expect(hits[1].before(in: text) == "")
    }

    @Test("searching inside ranges finds only hits wholly inside one, and judges AND and NOT there")
    func ranges() throws {
        let text = "Trust grew. Partners met. Funding came. Trust held."
        // "Trust grew." is 0..<11, "Partners met." 12..<25, "Funding came." 26..<39, "Trust held." 40..<51.
        #expect(try found("trust", in: text, within: [40..<51]) == ["Trust"])
        #expect(try found("trust", in: text, within: [2..<11]) == [])
        #expect(try found("trust -funding", in: text, within: [0..<25, 40..<51]) == ["Trust", "Trust"])
        #expect(try found("trust -funding", in: text, within: [0..<51]) == [])
        #expect(try found("trust partners", in: text, within: [0..<11, 40..<51]) == [])
        // A phrase may not jump the gap between two ranges, but ranges that touch are one.
        #expect(try found("\"grew partners\"", in: text, within: [0..<11, 12..<25]) == [])
        #expect(try found("\"grew partners\"", in: text, within: [0..<11, 11..<25]) == ["grew. Partners"])
        #expect(try found("trust", in: text, within: []) == [])
    }

    @Test("words are split where the search box splits them: digits count, hyphens and apostrophes divide")
    func splitting() throws {
        let words = SearchableWord.words(in: Array("Don’t co-produce covid-19 in 2024!".unicodeScalars))
        #expect(words.map(\.key) == ["don", "t", "co", "produce", "covid", "19", "in", "2024"])
        #expect(SearchableWord.fold("ŴYR") == "wyr")
        #expect(SearchableWord.fold("नमस्ते") == "नमस्ते")
        #expect(SearchableWord.words(in: Array("soft\u{00AD}ware".unicodeScalars)).map(\.key) == ["software"])
    }
}
