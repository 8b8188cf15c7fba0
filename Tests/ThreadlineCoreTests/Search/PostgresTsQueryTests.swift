import Testing

@testable import ThreadlineCore

@Suite("PostgreSQL tsquery texts")
struct PostgresTsQueryTests {
    @Test(
        "Each syntax element compiles to tsquery operators",
        arguments: [
            ("trust", "trust"),
            ("trust partnership", "trust & partnership"),
            ("\"place based\"", "(place <-> based)"),
            ("place-based", "(place <-> based)"),
            ("part*", "part:*"),
            ("\"place bas\"*", "(place <-> bas:*)"),
            ("trust OR partnership youth", "(trust | partnership) & youth"),
            ("trust -funding -\"core grant\"", "trust & !funding & !(core <-> grant)"),
            ("trust OR partner* -\"core funding\"", "(trust | partner:*) & !(core <-> funding)"),
            ("\"the art of\"", "(the <-> art <-> of)"),
            ("Café Łódź", "café & łódź"),
        ])
    func syntaxElements(text: String, expected: String) throws {
        #expect(try parsed(text).postgresTsQuery() == expected)
    }

    @Test("Every hostile query that parses gives a well-formed tsquery of letters, digits and operators")
    func hostileQueriesAreClean() throws {
        var compiled = 0
        for text in hostileQueries {
            guard case .success(let query) = SearchQuery.parse(text) else { continue }
            let tsQuery = query.postgresTsQuery()
            let operands = try #require(TsQuerySyntax.operands(in: tsQuery), "\(text) gave \(tsQuery)")
            let words = query.clauses.flatMap(\.terms).flatMap(\.words) + query.exclusions.flatMap(\.words)
            #expect(operands.map { $0.replacing(":*", with: "") } == words, "\(text)")
            compiled += 1
        }
        #expect(compiled >= 60)
    }

    @Test("Words are reduced to letters, digits and marks even when built around the parser")
    func sanitising() {
        let term = SearchTerm(words: ["a'b:*&c", "!|()", "d\u{301}"], form: .phrase, isPrefix: true)
        let query = SearchQuery(clauses: [SearchClause(terms: [term])], exclusions: [])
        #expect(query.postgresTsQuery() == "(abc <-> d\u{301}:*)")
    }

    @Test("Nothing searchable left gives the empty text, which to_tsquery accepts and matches nothing with")
    func nothingLeft() {
        let term = SearchTerm(words: ["!!"], form: .word, isPrefix: false)
        let query = SearchQuery(clauses: [SearchClause(terms: [term])], exclusions: [term])
        #expect(query.postgresTsQuery() == "")
    }
}
