import Testing

@testable import ThreadlineCore

@Suite("SQLite FTS5 expressions")
struct FTS5ExpressionTests {
    @Test(
        "Each syntax element compiles to quoted FTS5 strings",
        arguments: [
            ("trust", #""trust""#),
            ("trust partnership", #""trust" AND "partnership""#),
            ("\"place based\"", #""place based""#),
            ("place-based", #""place based""#),
            ("part*", #""part" *"#),
            ("\"place bas\"*", #""place bas" *"#),
            ("trust OR partnership", #"("trust" OR "partnership")"#),
            ("trust OR partnership youth", #"("trust" OR "partnership") AND "youth""#),
            ("trust -funding", #""trust" NOT "funding""#),
            ("trust youth -funding", #"("trust" AND "youth") NOT "funding""#),
            ("trust -funding -\"core grant\"", #""trust" NOT ("funding" OR "core grant")"#),
            ("trust OR youth -fund*", #"("trust" OR "youth") NOT "fund" *"#),
            ("don't", #""don t""#),
        ])
    func syntaxElements(text: String, expected: String) throws {
        #expect(try parsed(text).fts5Expression() == expected)
    }

    @Test(
        "Injection attempts become plain quoted words",
        arguments: [
            ("title:foo", #""title" AND "foo""#),
            ("NEAR(a b)", #""near" AND "a" AND "b""#),
            ("a AND OR", #""a""#),
            ("^x", #""x""#),
            ("col:*", #""col""#),
            ("'; DROP TABLE", #""drop" AND "table""#),
            ("x)(y", #""x" AND "y""#),
            ("trust NOT grant", #""trust" AND "grant""#),
        ])
    func injectionAttempts(text: String, expected: String) throws {
        let query = try parsed(text, stopWords: SearchStopWords.english.subtracting(["a"]))
        #expect(query.fts5Expression() == expected)
    }

    @Test("Texts that are nothing but syntax give problems, not expressions", arguments: ["\"", ")(", "^", "*:"])
    func onlySyntax(text: String) throws {
        let found = try #require(problem(text))
        #expect([.empty, .bareStar].contains(found.kind))
    }

    @Test("Every hostile query that parses gives a well-formed, fully quoted expression")
    func hostileQueriesAreQuoted() throws {
        var compiled = 0
        for text in hostileQueries {
            guard case .success(let query) = SearchQuery.parse(text) else { continue }
            let expression = query.fts5Expression()
            let strings = try #require(FTS5Syntax.strings(in: expression), "\(text) gave \(expression)")
            let words = query.clauses.flatMap(\.terms).flatMap(\.words) + query.exclusions.flatMap(\.words)
            #expect(strings.joined(separator: " ") == words.joined(separator: " "), "\(text)")
            compiled += 1
        }
        #expect(compiled >= 60)
    }

    @Test("Quotes inside a word are doubled, so even a term built around the parser stays one string")
    func quotesAreDoubled() throws {
        let query = SearchQuery(
            clauses: [
                SearchClause(terms: [SearchTerm(words: ["a\"b", "c\" OR \"d"], form: .phrase, isPrefix: false)])
            ],
            exclusions: [])
        #expect(query.fts5Expression() == #""a""b c"" OR ""d""#)
        #expect(FTS5Syntax.strings(in: query.fts5Expression()) == ["a\"b c\" OR \"d"])
    }
}
