import Testing

@testable import ThreadlineCore

@Suite("Phrases, prefixes and exclusions")
struct PhrasePrefixExclusionTests {
    @Test(
        "Straight and typographic quotes make phrases",
        arguments: [
            "\"place based\"", "“place based”", "„place based“", "«place based»", "”place based“",
        ])
    func quotedPhrases(text: String) throws {
        #expect(try parsed(text).clauses == clauses(phrase("place", "based")))
    }

    @Test("Phrases keep stop words and split on punctuation inside")
    func phraseKeepsStopWords() throws {
        let query = try parsed("\"The Art of the Possible\" \"trust,partnership\" \"co-design\"")
        #expect(
            query.clauses
                == clauses(
                    phrase("the", "art", "of", "the", "possible"), phrase("trust", "partnership"),
                    phrase("co", "design")
                ))
    }

    @Test("A single quoted word is kept even when it is a stop word")
    func quotedStopWord() throws {
        #expect(try parsed("\"the\"").clauses == clauses(phrase("the")))
    }

    @Test("An unterminated quote takes the rest of the text")
    func unterminatedQuote() throws {
        #expect(
            try parsed("trust \"place based work").clauses == clauses(word("trust"), phrase("place", "based", "work")))
        #expect(try parsed("trust -\"core funding").description == "trust -\"core funding\"")
    }

    @Test("Empty quotes are ignored")
    func emptyQuotes() throws {
        #expect(try parsed("\"\" trust \"  ,. \"").description == "trust")
    }

    @Test("A trailing star makes a prefix; more stars mean the same")
    func prefixes() throws {
        #expect(try parsed("part* Youth**").clauses == clauses(word("part", prefix: true), word("youth", prefix: true)))
        #expect(try parsed("part*").description == "part*")
    }

    @Test("Prefixes are not dropped as stop words")
    func prefixOfStopWord() throws {
        #expect(try parsed("the*").clauses == clauses(word("the", prefix: true)))
    }

    @Test("A star after a phrase applies to its last word")
    func phrasePrefix() throws {
        #expect(try parsed("\"place bas\"*").clauses == clauses(phrase("place", "bas", prefix: true)))
        #expect(try parsed("place-bas*").clauses == clauses(phrase("place", "bas", prefix: true)))
    }

    @Test("A star that is not at the end of a word separates")
    func starInside() throws {
        #expect(try parsed("pa*rt").description == "pa rt")
        #expect(try parsed("*part").description == "part")
        #expect(try parsed("trust * grant").description == "trust grant")
    }

    @Test("A leading minus excludes words and phrases")
    func exclusions() throws {
        let query = try parsed("trust -funding -\"core grant\" -“place based” -fund*")
        #expect(query.clauses == clauses(word("trust")))
        #expect(
            query.exclusions == [
                word("funding"), phrase("core", "grant"), phrase("place", "based"), word("fund", prefix: true),
            ])
        #expect(query.description == "trust -funding -\"core grant\" -\"place based\" -fund*")
    }

    @Test("A minus inside or after a word is not an exclusion")
    func minusNotExclusion() throws {
        #expect(try parsed("trust -").exclusions.isEmpty)
        #expect(try parsed("trust --grant").description == "trust grant")
        #expect(try parsed("trust,-grant").description == "trust grant")
        #expect(try parsed("2019-2020").clauses == clauses(phrase("2019", "2020")))
    }

    @Test("Excluded hyphenated words become excluded phrases")
    func excludedHyphenated() throws {
        #expect(try parsed("trust -place-based").exclusions == [phrase("place", "based")])
    }

    @Test("Stop words are dropped from exclusions too, but not from excluded phrases")
    func excludedStopWord() throws {
        #expect(try parsed("trust -the -\"of the\"").exclusions == [phrase("of", "the")])
    }

    @Test("Highlight terms list positive words, phrase words and prefix stems once, in order")
    func highlightTerms() throws {
        let query = try parsed("Trust \"the art of the possible\" part* -funding don't trust OR café \"of the\"")
        #expect(query.highlightTerms == ["trust", "art", "possible", "part", "don", "café", "of", "the"])
    }
}
