import Testing

@testable import ThreadlineCore

@Suite("Compiled expressions run in a real SQLite FTS5 table")
struct FTS5SQLiteTests {
    static let documents: [PythonFTS5.Document] = [
        .init(id: 1, title: "Trust and partnership", body: "Place-based work in Łódź"),
        .init(id: 2, title: "Partnerships built trust over time", body: "Don't fund what you can't measure"),
        .init(id: 3, title: "Café culture", body: "title: foo, near the bar"),
        .init(id: 4, title: "النقل العام", body: "東京 交通"),
        .init(id: 5, title: "Core funding", body: "Grants and core funding for youth work"),
    ]

    @Test(.enabled(if: PythonFTS5.isAvailable, PythonFTS5.missingReason))
    func hostileQueriesAreAcceptedByFTS5() throws {
        let compiled = hostileQueries.compactMap { text -> (String, String)? in
            guard case .success(let query) = SearchQuery.parse(text) else { return nil }
            return (text, query.fts5Expression())
        }
        #expect(compiled.count >= 60)
        let outcomes = try PythonFTS5.match(compiled.map(\.1), in: Self.documents)
        try #require(outcomes.count == compiled.count)
        for ((text, expression), outcome) in zip(compiled, outcomes) {
            #expect(outcome.error == nil, "\(text) → \(expression): \(outcome.error ?? "")")
            #expect(outcome.rows != nil, "\(text) → \(expression)")
        }
    }

    @Test(.enabled(if: PythonFTS5.isAvailable, PythonFTS5.missingReason))
    func normalQueriesFindTheExpectedRows() throws {
        let expectations: [(String, [Int])] = [
            ("trust", [1, 2]),
            ("TRUST", [1, 2]),
            ("partner*", [1, 2]),
            ("\"place based\"", [1]),
            ("place-based", [1]),
            ("\"based place\"", []),
            ("trust -partnerships", [1]),
            ("trust -partner*", []),
            ("café OR النقل", [3, 4]),
            ("don't", [2]),
            ("ŁÓDŹ", [1]),
            ("東京", [4]),
            ("fund*", [2, 5]),
            ("grants OR trust -core", [1, 2]),
            ("work -\"core funding\"", [1]),
            ("title:foo", [3]),
            ("NEAR(foo bar)", [3]),
            ("^café", [3]),
        ]
        let expressions = try expectations.map { try parsed($0.0).fts5Expression() }
        let outcomes = try PythonFTS5.match(expressions, in: Self.documents)
        try #require(outcomes.count == expectations.count)
        for ((text, rows), outcome) in zip(expectations, outcomes) {
            #expect(outcome == PythonFTS5.Outcome(rows: rows, error: nil), "\(text)")
        }
    }

    @Test(.enabled(if: PythonFTS5.isAvailable, PythonFTS5.missingReason))
    func rawUserTextWouldHaveBeenSyntax() throws {
        // The control: the same texts passed straight to MATCH are errors or column filters, which is what the
        // compiler exists to prevent. If FTS5 ever accepted them all, this test would say the guard is untested.
        let raw = ["title:foo", "NEAR(a b", "a AND OR", "\"", ")(", "col:*", "'; DROP TABLE"]
        let outcomes = try PythonFTS5.match(raw, in: Self.documents)
        #expect(outcomes.filter { $0.error != nil }.count >= 5)
        #expect(outcomes.first == PythonFTS5.Outcome(rows: [], error: nil))
    }
}
