import Testing

@testable import ThreadlineCore

@Suite("Problems for queries that cannot run")
struct ProblemTests {
    @Test("Nothing but spaces or punctuation is empty", arguments: ["", "   ", ",.;!?", "\"\"", "- -", "😀🎉", "\u{0}"])
    func empty(text: String) throws {
        let found = try #require(problem(text))
        #expect(found.kind == .empty)
        #expect(found.message == "Type a word to search for.")
        #expect(found.characterOffset == nil)
    }

    @Test("Only stop words", arguments: ["the", "The AND of", "a, an, the", "OR", "NOT", "to be or not to be"])
    func onlyCommonWords(text: String) throws {
        let found = try #require(problem(text))
        #expect(found.kind == .onlyCommonWords)
        #expect(
            found.message.hasPrefix("Search needs at least one word that is not a common word like \"the\" or \"and\""))
    }

    @Test("Only exclusions name the first exclusion")
    func onlyExclusions() throws {
        let found = try #require(problem("the -trust -grant"))
        #expect(found.kind == .onlyExclusions)
        #expect(found.message == "Add a word to search for; \"-trust\" only excludes.")
        #expect(found.characterOffset == 4)
        let phraseOnly = try #require(problem("-\"core funding\""))
        #expect(phraseOnly.message == "Add a word to search for; -\"core funding\" only excludes.")
    }

    @Test("A bare star", arguments: ["*", " ** ", "-*", "the *", "\"\"*", "-trust *"])
    func bareStar(text: String) throws {
        let found = try #require(problem(text))
        #expect(found.kind == .bareStar)
        #expect(found.message == "A bare * matches everything; type the start of a word, like part*.")
    }

    @Test("A bare star beside real words is ignored")
    func bareStarWithWords() throws {
        #expect(try parsed("* trust").description == "trust")
    }

    @Test("Prefixes need two characters before the star", arguments: ["p*", "trust p*", "-p*", "\"trust p\"*", "é*"])
    func prefixTooShort(text: String) throws {
        let found = try #require(problem(text))
        #expect(found.kind == .prefixTooShort)
        #expect(found.message.hasPrefix("Type at least 2 letters before *, like part*;"))
    }

    @Test("Prefix problems point at the term, in characters and in UTF-8 bytes")
    func prefixOffset() throws {
        let found = try #require(problem("café p*"))
        #expect(found.characterOffset == 5)
        #expect(found.utf8Offset == 6)
        #expect(found.description == "\(found.message) (at character 5)")
    }

    @Test("Two-character prefixes are accepted")
    func shortestPrefix() throws {
        #expect(try parsed("pa*").description == "pa*")
        #expect(try parsed("東京*").description == "東京*")
    }

    @Test("Over 512 characters is too long and points at the 513th")
    func tooLong() throws {
        #expect(try parsed(String(repeating: "a", count: 512)).clauses.count == 1)
        let found = try #require(problem(String(repeating: "a", count: 513)))
        #expect(found.kind == .tooLong)
        #expect(found.characterOffset == 512)
        #expect(found.message == "Search text can be at most 512 characters long; this has 513.")
    }

    @Test("A few characters hiding thousands of combining marks are too long")
    func tooManyMarks() throws {
        let found = try #require(problem("trust" + String(repeating: "\u{301}", count: 3000)))
        #expect(found.kind == .tooLong)
        #expect(found.characterOffset == nil)
    }

    @Test("A very long hostile text is rejected without scanning it")
    func hugeText() throws {
        let found = try #require(problem(String(repeating: "\"a\" OR -b* ", count: 200_000)))
        #expect(found.kind == .tooLong)
    }

    @Test("At most 32 terms; the problem points at the 33rd")
    func tooManyTerms() throws {
        let words = (1...33).map { "w\($0)" }
        #expect(try parsed(words.prefix(32).joined(separator: " ")).clauses.count == 32)
        let text = words.joined(separator: " ")
        let found = try #require(problem(text))
        #expect(found.kind == .tooManyTerms)
        #expect(found.message == "Search can use at most 32 words and phrases; this has 33. Remove some and try again.")
        let expectedOffset = text.distance(from: text.startIndex, to: try #require(text.range(of: "w33")).lowerBound)
        #expect(found.characterOffset == expectedOffset)
    }

    @Test("Exclusions and OR alternatives count as terms; repeats and stop words do not")
    func termCounting() throws {
        let alternatives = (1...20).map { "a\($0)" }.joined(separator: " OR ")
        let exclusions = (1...13).map { "-x\($0)" }.joined(separator: " ")
        #expect(problem(alternatives + " " + exclusions)?.kind == .tooManyTerms)
        let repeated = String(repeating: "trust the ", count: 50)
        #expect(try parsed(repeated).description == "trust")
    }

    @Test("Problems are thrown by the throwing initialiser")
    func throwingInit() {
        #expect(throws: SearchQueryProblem.self) { try SearchQuery(parsing: "the") }
    }
}
