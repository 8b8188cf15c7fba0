import Testing

@testable import ThreadlineCore

@Suite("Words, case, separators and stop words")
struct WordParsingTests {
    @Test("Words are ANDed, lower-cased and kept in order")
    func wordsAreAnded() throws {
        let query = try parsed("Trust PARTNERSHIP youth")
        #expect(query.clauses == clauses(word("trust"), word("partnership"), word("youth")))
        #expect(query.exclusions.isEmpty)
        #expect(query.description == "trust partnership youth")
    }

    @Test(
        "Punctuation separates words",
        arguments: [
            "trust,partnership", "trust;partnership", "trust/partnership",
            "(trust)[partnership]", "trust.partnership", "trust:partnership", "trust\u{2014}partnership",
            "trust_partnership", "trust+partnership", "trust&partnership", "trust\tpartnership\n",
        ])
    func punctuationSeparates(text: String) throws {
        let query = try parsed(text)
        #expect(query.clauses == clauses(word("trust"), word("partnership")))
    }

    @Test("Stop words are dropped from plain words")
    func stopWordsDropped() throws {
        let query = try parsed("The trust AND the partnership of a place")
        #expect(query.description == "trust partnership place")
    }

    @Test("Stop words can be replaced, e.g. to keep every word")
    func customStopWords() throws {
        let query = try parsed("the trust", stopWords: [])
        #expect(query.clauses == clauses(word("the"), word("trust")))
        // Without "or" as a stop word, an `OR` that joins nothing is searched for as the word it is.
        #expect(try parsed("OR trust", stopWords: []).description == "or trust")
    }

    @Test("Stop-word list holds the common function words and leaves out words that are also names")
    func stopWordList() {
        for common in [
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
            "by", "on", "not", "this", "are", "or", "from", "at", "which", "but", "have", "an", "they", "you", "were",
        ] {
            #expect(SearchStopWords.english.contains(common), "\(common)")
        }
        for meaningful in ["us", "who", "may", "will", "can", "trust"] {
            #expect(!SearchStopWords.english.contains(meaningful), "\(meaningful)")
        }
        #expect((90...130).contains(SearchStopWords.english.count))
        #expect(SearchStopWords.english.allSatisfy { $0 == $0.lowercased() })
    }

    @Test("Repeated terms are kept once")
    func repeatsRemoved() throws {
        let query = try parsed("trust Trust TRUST -grant -Grant")
        #expect(query.description == "trust -grant")
    }

    @Test("Hyphens inside words make a phrase; a lone or doubled hyphen separates")
    func hyphenatedWords() throws {
        #expect(try parsed("place-based work").clauses == clauses(phrase("place", "based"), word("work")))
        #expect(try parsed("co\u{2011}design").clauses == clauses(phrase("co", "design")))
        #expect(try parsed("well-being-first").clauses == clauses(phrase("well", "being", "first")))
        #expect(try parsed("trust - partnership").description == "trust partnership")
        #expect(try parsed("trust--partnership").description == "trust partnership")
        #expect(try parsed("trust- partnership").description == "trust partnership")
    }

    @Test("Apostrophes inside words make a phrase, matching how the engines split them")
    func apostrophes() throws {
        #expect(try parsed("don't").clauses == clauses(phrase("don", "t")))
        #expect(try parsed("O\u{2019}Brien").clauses == clauses(phrase("o", "brien")))
        #expect(try parsed("'quoted' words'").description == "quoted words")
    }

    @Test(
        "Letters and digits of any script give terms",
        arguments: [
            ("Café Łódź", ["café", "łódź"]),
            ("مرحبا بالعالم", ["مرحبا", "بالعالم"]),
            ("東京の交通 서울", ["東京の交通", "서울"]),
            ("ΑΘΉΝΑ", ["αθήνα"]),
            ("2024 ٣٤٥", ["2024", "٣٤٥"]),
            ("İstanbul", ["i\u{307}stanbul"]),
        ])
    func unicodeWords(text: String, words: [String]) throws {
        let query = try parsed(text)
        #expect(query.clauses.flatMap(\.terms).flatMap(\.words) == words)
    }

    @Test("Decomposed and precomposed accents give the same word")
    func unicodeNormalisation() throws {
        let decomposed = try parsed("Cafe\u{301}")
        let precomposed = try parsed("caf\u{E9}")
        #expect(decomposed == precomposed)
        #expect(decomposed.clauses.first?.terms.first?.words == ["caf\u{E9}"])
    }

    @Test("Emoji, symbols and invisible characters separate words without crashing")
    func oddCharacters() throws {
        #expect(try parsed("😀trust👍🏽partnership").description == "trust partnership")
        #expect(try parsed("\u{FEFF}trust\u{200B}fund\u{0}x").description == "trust fund x")
        #expect(try parsed("infor\u{AD}mation").description == "information")
        #expect(try parsed("\u{301}abc").description == "abc")
    }

    @Test("Upper-case OR joins the terms on either side")
    func orOperator() throws {
        let query = try parsed("trust OR partnership youth")
        #expect(
            query.clauses == [
                SearchClause(terms: [word("trust"), word("partnership")]), SearchClause(terms: [word("youth")]),
            ])
        #expect(query.description == "trust OR partnership youth")
        #expect(try parsed("a1 OR b2 OR \"c d\" OR ef*").description == "a1 OR b2 OR \"c d\" OR ef*")
    }

    @Test(
        "OR without a positive term on both sides is the stop word \"or\"",
        arguments: [
            ("OR trust", "trust"), ("trust OR", "trust"), ("trust or partnership", "trust partnership"),
            ("trust OR -grant", "trust -grant"), ("-grant OR trust", "trust -grant"),
            ("trust OR OR partnership", "trust OR partnership"), ("trust OR the partnership", "trust OR partnership"),
            ("trust OR* partnership", "trust or* partnership"), ("trust -OR partnership", "trust partnership"),
        ])
    func orEdges(text: String, expected: String) throws {
        #expect(try parsed(text).description == expected)
    }

    @Test("A repeated word before OR keeps its own clause")
    func orAfterRepeat() throws {
        let query = try parsed("trust trust OR grant")
        #expect(query.description == "trust trust OR grant")
        #expect(query.clauses.count == 2)
    }

    @Test(
        "Descriptions parse back to the same query",
        arguments: [
            "Trust, PARTNERSHIP & “place-based” work*", "a1 OR b2 -c3 -\"d ef\"*", "don't stop-believing OR café*",
            "\"the who\" -\"of the\" x", "東京 OR بالعالم -łódź",
        ])
    func descriptionRoundTrips(text: String) throws {
        let query = try parsed(text)
        #expect(try parsed(query.description) == query)
    }
}
