import Foundation
import SQLKit
import Testing
import ThreadlineStore

@Suite("Copying a live database for a backup")
struct DatabaseBackupTests {
    /// Rows of a table the test makes for itself, so the check does not depend on any content type's rules.
    private static func rowIDs(_ database: Database) async throws -> [Int] {
        try await database.read { sql in
            try await sql.raw("SELECT n FROM backup_probe ORDER BY n").all(decodingColumn: "n", as: Int.self)
        }
    }

    @Test("a copy made while another connection writes is whole and holds a prefix of the committed rows")
    func copyWhileWriting() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await ThreadlineStore.open(
            .sqliteFile(path: folder.path("hub.sqlite")), bcryptCost: 4, logger: StoreEngine.logger)
        let copyPath = folder.path("copy.sqlite")
        let (committedBefore, committedAfter, version) = try await store.closing { () async throws in
            try await store.database.write { sql in
                try await sql.raw("CREATE TABLE backup_probe (n INTEGER PRIMARY KEY, filler TEXT NOT NULL)").run()
            }
            for n in 1...50 {
                try await store.database.write { sql in
                    try await sql.raw("INSERT INTO backup_probe (n, filler) VALUES (\(bind: n), \(bind: "x"))").run()
                }
            }
            // A writer keeps committing one row per transaction, with enough bytes per row to make the copy take
            // a while, for as long as the copy runs.
            let filler = String(repeating: "y", count: 2_000)
            let writer = Task {
                var n = 51
                while !Task.isCancelled && n <= 5_000 {
                    let row = n
                    try await store.database.write { sql in
                        try await sql.raw("INSERT INTO backup_probe (n, filler) VALUES (\(bind: row), \(bind: filler))")
                            .run()
                    }
                    n += 1
                }
            }
            try await Task.sleep(for: .milliseconds(20))
            let before = try await Self.rowIDs(store.database).count
            let version = try await store.copyDatabase(to: copyPath)
            writer.cancel()
            _ = try? await writer.value
            return (before, try await Self.rowIDs(store.database).count, version)
        }
        #expect(version == ThreadlineStore.latestSchemaVersion)

        let copy = try await Database.open(.sqliteFile(path: copyPath), logger: StoreEngine.logger)
        do {
            let integrity = try await copy.read { sql in
                try await sql.raw("PRAGMA integrity_check").first(decodingColumn: "integrity_check", as: String.self)
            }
            #expect(integrity == "ok")
            let ids = try await Self.rowIDs(copy)
            // One snapshot: every row committed before the copy began, and rows 1…k with no gaps.
            #expect(ids.count >= committedBefore && ids.count <= committedAfter)
            #expect(ids == Array(1...ids.count))
            try await copy.close()
        } catch {
            try? await copy.close()
            throw error
        }
    }

    @Test("a path with a NUL character or an existing file is refused")
    func refusedPaths() async throws {
        try await StoreEngine.sqliteFile.withStore { store in
            await #expect(throws: StoreError.self) { _ = try await store.copyDatabase(to: "/tmp/a\0b.sqlite") }
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let existing = folder.path("there.sqlite")
            #expect(FileManager.default.createFile(atPath: existing, contents: Data("keep".utf8)))
            await #expect(throws: StoreError.self) { _ = try await store.copyDatabase(to: existing) }
            #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep")
        }
    }
}
