import Foundation
import SQLKit
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Moving codings to the text as it reads (schema step 17)")
struct CodingRelocationMigrationTests {
    /// Inserts a coding as a build before step 17 stored it: positions in the source's Markdown, unchecked.
    private func insertCoding(
        _ id: String, code: Code.ID, coder: String, kind: EntityKind, source: String, start: Int, end: Int,
        excerpt: String, on sql: any SQLDatabase
    ) async throws {
        try await sql.insert(into: "codings")
            .columns(
                "id", "code_id", "source_kind", "source_id", "coder_id", "start_offset", "end_offset", "excerpt",
                "memo", "created_at"
            )
            .values(
                SQLBind(id), SQLBind(code.description), SQLBind(kind.rawValue), SQLBind(source), SQLBind(coder),
                SQLBind(start), SQLBind(end), SQLBind(excerpt), SQLBind("memo kept"), SQLBind(0.0)
            ).run()
    }

    @Test(
        "codings on a story's Markdown and a log's old text move to the same words; one whose words are gone is listed, not dropped"
    )
    func relocates() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = DatabaseURL.sqliteFile(path: folder.path("hub.sqlite"))
        let body = "## Trust\n\nWe met **every week** at [the hub](/places/hub).\n\nIt *mattered*."
        let story = Story(
            id: Story.ID(UUID()), title: "Trust", slug: "trust", body: body, createdAt: Date(timeIntervalSince1970: 0))
        let log = ReflectiveLog(
            id: ReflectiveLog.ID(UUID()), title: "Log", slug: "log", what: "We *met*.", soWhat: "It helped.",
            createdAt: Date(timeIntervalSince1970: 0))
        let code = Code(id: Code.ID(UUID()), name: "Trust", createdAt: Date(timeIntervalSince1970: 0))
        let first = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
        try await first.closing { () async throws in
            try await first.stories.create(story)
            try await first.reflectiveLogs.create(log)
            try await first.coding.save(code)
            try await first.database.write { sql in
                try await sql.raw("DROP TABLE coding_relocation_problems").run()
                try await sql.raw("DELETE FROM schema_migrations WHERE version = 17").run()
                try await sql.raw("INSERT INTO coders (id, name) VALUES ('c1', 'Coder')").run()
                let source = story.id.description
                func scalarRange(of words: String, in text: String) -> (Int, Int) {
                    let range = text.range(of: words)!
                    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                    return (start, start + words.unicodeScalars.count)
                }
                let (a, b) = scalarRange(of: "**every week** at [the hub](/places/hub)", in: body)
                try await insertCoding(
                    "k1", code: code.id, coder: "c1", kind: .story, source: source, start: a, end: b,
                    excerpt: "**every week** at [the hub](/places/hub)", on: sql)
                let (c, d) = scalarRange(of: "## Trust", in: body)
                try await insertCoding(
                    "k2", code: code.id, coder: "c1", kind: .story, source: source, start: c, end: d,
                    excerpt: "## Trust", on: sql)
                // Coded before the story was edited: its words are elsewhere now, and still found.
                try await insertCoding(
                    "k3", code: code.id, coder: "c1", kind: .story, source: source, start: 0, end: 3,
                    excerpt: "*mattered*", on: sql)
                // Words that are no longer in the text at all.
                try await insertCoding(
                    "k4", code: code.id, coder: "c1", kind: .story, source: source, start: 2, end: 9,
                    excerpt: "vanished words", on: sql)
                // The log was coded as "What?\nWe *met*.\n\nSo what?\nIt helped.".
                let old = "What?\nWe *met*.\n\nSo what?\nIt helped."
                let (e, f) = scalarRange(of: "It helped.", in: old)
                try await insertCoding(
                    "k5", code: code.id, coder: "c1", kind: .reflectiveLog, source: log.id.description, start: e,
                    end: f, excerpt: "It helped.", on: sql)
            }
        }
        let second = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
        try await second.closing { () async throws in
            let text = try #require(try await second.coding.codableText(of: CodingSource(story: story.id)))
            #expect(text.text == "Trust\nWe met every week at the hub.\nIt mattered.")
            let moved = try await second.database.read { sql in
                try await sql.select().columns("id", "start_offset", "end_offset", "excerpt", "memo").from("codings")
                    .orderBy("id").all()
            }
            var byID: [String: (Int, Int, String, String)] = [:]
            for row in moved {
                byID[try row.decode(column: "id", as: String.self)] = (
                    try row.decode(column: "start_offset", as: Int.self),
                    try row.decode(column: "end_offset", as: Int.self),
                    try row.decode(column: "excerpt", as: String.self), try row.decode(column: "memo", as: String.self)
                )
            }
            #expect(byID["k1"]?.2 == "every week at the hub")
            #expect(byID["k1"].map { text.excerpt(start: $0.0, end: $0.1) } == "every week at the hub")
            #expect(byID["k2"]?.2 == "Trust")
            #expect(byID["k2"]?.0 == 0)
            #expect(byID["k3"]?.2 == "mattered")
            #expect(byID["k4"]?.2 == "vanished words")
            #expect(byID["k4"]?.3 == "memo kept")
            let logText = try #require(try await second.coding.codableText(of: CodingSource(reflectiveLog: log.id)))
            #expect(byID["k5"].map { logText.excerpt(start: $0.0, end: $0.1) } == "It helped.")
            let listed = try await second.database.read { sql in
                try await sql.select().columns("coding_id", "reason").from("coding_relocation_problems").all()
            }
            #expect(try listed.map { try $0.decode(column: "coding_id", as: String.self) } == ["k4"])
        }
    }
}
