import Foundation
import SQLKit
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Copying a programme between databases")
struct DatabaseCopyContractTests {
    /// Fills `store` with a programme, a user with a session and token, and codes whose first row refers to a
    /// later one (so rows must be reordered for the foreign key to hold as they go in).
    private func fill(_ store: ThreadlineStore) async throws {
        try await store.importBundle(sampleBundle(), replacing: false)
        let user = Sample.user("lead@example.org", role: .admin)
        try await store.users.create(user, password: Sample.password)
        _ = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
        _ = try await store.apiTokens.create(for: user.id, name: "reports", now: Sample.now)
        var child = Code(id: Sample.id(), name: "Trust — written first", createdAt: Sample.now)
        let parent = Code(id: Sample.id(), name: "Relationships", createdAt: Sample.now)
        try await store.coding.save(child)
        try await store.coding.save(parent)
        child.parentID = parent.id
        try await store.coding.save(child)
    }

    @Test(
        "every row arrives, verified by count and checksum, and search works on the copy", arguments: StoreEngine.all,
        StoreEngine.all)
    func copiesEverything(from sourceEngine: StoreEngine, to targetEngine: StoreEngine) async throws {
        try await sourceEngine.withStore { source in
            try await fill(source)
            try await targetEngine.withStore { target in
                let report = try await DatabaseCopier(source: source.database, target: target.database).copy()
                #expect(report.isVerified)
                #expect(report.tables.first { $0.name == "codes" }?.targetRows == 2)
                #expect(report.tables.first { $0.name == "users" }?.targetRows == 1)
                #expect(report.tables.first { $0.name == "stories" }?.targetRows == 2)
                #expect(report.searchDocuments > 0)
                // The stores agree item by item, and the copy's search index finds what the source's finds.
                #expect(try await target.exportBundle() == source.exportBundle())
                let request = SearchRequest(
                    query: try SearchQuery.parse("walking").get(), publicOnly: false, today: PartialDate(dayOf: Date()))
                #expect(try await target.search.search(request).hits.map(\.title) == ["A walking group"])
                // New rows on the copy get fresh ids (PostgreSQL's identity sequences moved past the copied ones).
                try await target.users.create(Sample.user("second@example.org"), password: Sample.password)
                #expect(try await target.users.all().count == 2)
            }
        }
    }

    @Test("a target that already holds a programme is refused and left as it was", arguments: StoreEngine.all)
    func refusesFilledTarget(engine: StoreEngine) async throws {
        try await StoreEngine.sqliteMemory.withStore { source in
            try await fill(source)
            try await engine.withStore { target in
                try await target.importBundle(sampleBundle(), replacing: false)
                let before = try await target.exportBundle()
                let error = await #expect(throws: StoreError.self) {
                    try await DatabaseCopier(source: source.database, target: target.database).copy()
                }
                #expect(error?.description.contains("already holds data in") == true)
                #expect(error?.description.contains("stories (2)") == true)
                #expect(try await target.exportBundle() == before)
            }
        }
    }

    @Test("a row the target cannot take leaves the target empty", arguments: StoreEngine.all)
    func failedCopyLeavesNothing(engine: StoreEngine) async throws {
        try await StoreEngine.sqliteMemory.withStore { source in
            try await fill(source)
            // A story whose place does not exist, as a file written with foreign keys off might hold. The pragma
            // works only outside a transaction, so this runs on the in-memory store's one connection as a "read".
            try await source.database.read { sql in
                try await sql.raw("PRAGMA foreign_keys = OFF").run()
                try await sql.raw("UPDATE stories SET place_id = 'nowhere'").run()
                try await sql.raw("PRAGMA foreign_keys = ON").run()
            }
            try await engine.withStore { target in
                var refused = false
                do {
                    _ = try await DatabaseCopier(source: source.database, target: target.database).copy()
                } catch {
                    refused = true
                }
                let items = try await target.contentCount()
                let users = try await target.users.all()
                #expect(refused)
                #expect(items == 0)
                #expect(users.isEmpty)
            }
        }
    }
}
