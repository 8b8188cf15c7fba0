import SearchBenchSupport
import Testing
import ThreadlineCore

@Suite("Translating the fixture's FTS5 queries into search-box text")
struct MatchTranslatorTests {
    private let translator = MatchTranslator()

    private func typed(_ match: String, kind: String = "word") throws -> TranslatedQuery {
        try translator.translate(FixtureQuery(kind: kind, match: match))
    }

    @Test(
        "Each of the fixture's four shapes becomes the matching user syntax",
        arguments: [
            ("outcome", "outcome", "\"outcome\""),
            ("joy AND always", "joy always", "\"joy\" AND \"always\""),
            ("\"listen for\"", "\"listen for\"", "\"listen for\""),
            ("chu*", "chu*", "\"chu\" *"),
        ])
    func shapes(match: String, expectedTyped: String, expectedFTS5: String) throws {
        let result = try typed(match)
        #expect(result.typed == expectedTyped)
        #expect(result.expectedFTS5 == expectedFTS5)
    }

    @Test("A bare stop word is typed in quotes, so the parser keeps it")
    func stopWordIsQuoted() throws {
        #expect(try typed("because").typed == "\"because\"")
        #expect(try typed("although AND while").typed == "although \"while\"")
        // A prefix is never dropped by the parser, so it needs no quotes.
        #expect(try typed("whi*").typed == "whi*")
    }

    @Test(
        "What the translation types compiles to the FTS5 expression the anchor searches for",
        arguments: [
            "outcome", "because", "nurse AND better", "\"strong the\"", "\"of share\"", "dec*", "until AND write",
        ])
    func compilesToTheSameSearch(match: String) throws {
        let result = try typed(match)
        let parsed = try SearchQuery.parse(result.typed).get()
        #expect(parsed.fts5Expression() == result.expectedFTS5)
    }

    @Test("Upper-case words are folded as the tokenizer folds them; implicit AND is AND")
    func foldsAndImplicitAnd() throws {
        let result = try typed("Joy always")
        #expect(result.typed == "joy always")
        #expect(result.expectedFTS5 == "\"joy\" AND \"always\"")
    }

    @Test(
        "Syntax outside the fixture's subset is refused at the byte where it starts",
        arguments: [
            ("joy OR always", 4),
            ("joy NOT always", 4),
            ("(joy)", 0),
            ("title:joy", 5),
            ("AND joy", 0),
            ("joy AND", 4),
            ("joy AND AND always", 8),
            ("\"listen for", 0),
            ("\"\"", 0),
            ("\"say \"\"hi\"\"\"", 5),
            ("", 0),
            ("é-x", 2),
        ])
    func refusals(match: String, offset: Int) {
        #expect {
            _ = try translator.translate(FixtureQuery(kind: "word", match: match))
        } throws: { error in
            (error as? MatchTranslationError)?.byteOffset == offset
        }
    }
}
