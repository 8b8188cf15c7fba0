import Foundation
import SQLKit
import Testing
import ThreadlineCore
import ThreadlineStore

/// The versions recorded in `schema_migrations`, oldest first.
func recordedVersions(_ store: ThreadlineStore) async throws -> [Int] {
    try await store.database.read { sql in
        try await sql.select().column("version").from("schema_migrations").orderBy("version")
            .all(decodingColumn: "version", as: Int.self)
    }
}

@Suite("Opening databases and migrating them")
struct MigrationTests {
    @Test("a new database has every schema step, each recorded once", arguments: StoreEngine.all)
    func freshDatabase(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            #expect(try await recordedVersions(store) == Array(1...19))
        }
    }

    @Test("two openers of one new file at once both succeed, and each step is applied once")
    func concurrentFirstOpen() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = DatabaseURL.sqliteFile(path: folder.path("hub.sqlite"))
        // Both results are collected before anything is checked, so a store that did open is always closed
        // (SQLiteNIO asserts on connections dropped open) and a failure is reported rather than crashing.
        let results = await withTaskGroup(of: Result<ThreadlineStore, any Error>.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    do {
                        return .success(try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger))
                    } catch { return .failure(error) }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let stores = results.compactMap { try? $0.get() }
        for case .failure(let error) in results { Issue.record("an opener failed: \(error)") }
        if let store = stores.first {
            #expect(try await recordedVersions(store) == Array(1...19))
        }
        for store in stores { try await store.database.close() }
    }

    @Test("a step missing below the newest recorded one is still applied")
    func fillsGaps() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = DatabaseURL.sqliteFile(path: folder.path("hub.sqlite"))
        // As a database made by a build that had step 13 but not step 12 (two steps written side by side).
        let first = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
        try await first.closing { () async throws in
            try await first.database.write { sql in
                try await sql.raw("DROP TABLE audit_events").run()
                try await sql.raw("DELETE FROM schema_migrations WHERE version = 12").run()
            }
        }
        let second = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
        try await second.closing { () async throws in
            #expect(try await recordedVersions(second) == Array(1...19))
            try await second.places.create(Sample.place("Wigan"))
            #expect(try await second.audit.list(AuditQuery()).items.count == 1)
        }
    }

    @Test("opening the same file again keeps its data and migrates nothing twice")
    func reopen() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = DatabaseURL.sqliteFile(path: folder.path("hub.sqlite"))
        let place = Sample.place("Wigan")
        let user = Sample.user("ana@example.org")

        let first = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
        try await first.closing { () async throws in
            try await first.places.create(place)
            try await first.milestones.create(Sample.milestone("Start", in: place.id, on: "2022-07"))
            try await first.users.create(user, password: Sample.password)
            try await first.programme.save(Programme(name: "Kept"))
        }

        let second = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
        try await second.closing { () async throws in
            #expect(try await second.places.get(place.id) == place)
            #expect(try await second.milestones.list(ContentQuery(placeID: place.id)).total == 1)
            #expect(try await second.users.authenticate(email: user.email, password: Sample.password)?.id == user.id)
            #expect(try await second.programme.get().name == "Kept")
            #expect(try await recordedVersions(second) == Array(1...19))
        }

        let third = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
        try await third.closing { () async throws in
            #expect(try await recordedVersions(third) == Array(1...19))
            #expect(try await third.contentCount() == 2)
        }
    }

    /// Runs in a child process: `Database.open` used to leave the writer connection open when migrating threw,
    /// and SQLiteNIO's debug assertion on an unclosed connection crashed the whole test run.
    @Test("a database from a newer Threadline is refused, without leaking its connection")
    func schemaTooNew() async {
        await #expect(processExitsWith: .success) {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let url = DatabaseURL.sqliteFile(path: folder.path("hub.sqlite"))
            let store = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
            try await store.closing { () async throws in
                try await store.database.write { sql in
                    try await sql.raw(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)"
                    )
                    .run()
                }
            }
            for _ in 1...5 {
                do {
                    let opened = try await ThreadlineStore.open(url, bcryptCost: 4, logger: StoreEngine.logger)
                    try await opened.database.close()
                    exit(2)  // It must not open.
                } catch StoreError.schemaTooNew(found: 99, known: _) {
                    // Refused, as it should be.
                }
                // More work on the same event loops, so that a leaked connection's last reference is released
                // (and SQLiteNIO's assertion reached) before this process exits.
                let probe = try await ThreadlineStore.open(.sqliteMemory, bcryptCost: 4, logger: StoreEngine.logger)
                try await probe.closing { () async throws in _ = try await probe.contentCount() }
            }
        }
    }

    @Test("a file in a folder that does not exist is a configuration error")
    func missingFolder() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("missing/deeper/hub.sqlite")
        let error = await #expect(throws: StoreError.self) {
            _ = try await ThreadlineStore.open(.sqliteFile(path: path), bcryptCost: 4, logger: StoreEngine.logger)
        }
        guard case .badConfiguration(let message) = error else {
            Issue.record("Expected badConfiguration, got \(String(describing: error))")
            return
        }
        #expect(message.contains("missing/deeper"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing")))
    }

    @Test("a file database has WAL journaling and foreign keys on every connection")
    func filePragmas() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await ThreadlineStore.open(
            .sqliteFile(path: folder.path("hub.sqlite")), bcryptCost: 4, logger: StoreEngine.logger)
        try await store.closing { () async throws in
            let mode = try await store.database.read { sql in
                try await sql.raw("PRAGMA journal_mode").first(decodingColumn: "journal_mode", as: String.self)
            }
            #expect(mode == "wal")
            let keys = try await store.database.write { sql in
                try await sql.raw("PRAGMA foreign_keys").first(decodingColumn: "foreign_keys", as: Int.self)
            }
            #expect(keys == 1)
        }
    }
}

@Suite("Database URLs")
struct DatabaseURLTests {
    @Test(
        "understands SQLite URLs",
        arguments: [
            ("sqlite::memory:", DatabaseURL.sqliteMemory), ("sqlite://:memory:", .sqliteMemory),
            ("sqlite://./threadline.sqlite", .sqliteFile(path: "./threadline.sqlite")),
            ("sqlite:///srv/threadline.sqlite", .sqliteFile(path: "/srv/threadline.sqlite")),
            ("  sqlite://data.db ", .sqliteFile(path: "data.db")),
            ("postgres://app@localhost/db", .postgres(url: "postgres://app@localhost/db")),
            (
                "postgresql://app:pw@db.example:5433/threadline",
                .postgres(url: "postgresql://app:pw@db.example:5433/threadline")
            ),
        ]
    )
    func parses(text: String, url: DatabaseURL) throws {
        #expect(try DatabaseURL(parsing: text) == url)
    }

    @Test(
        "refuses what it cannot open, with a configuration error",
        arguments: [
            "sqlite://", "postgres://", "postgres:///db", "postgres://localhost/db", "mysql://x", "threadline.sqlite",
            "",
        ])
    func refuses(text: String) {
        #expect(throws: StoreError.self) { try DatabaseURL(parsing: text) }
    }

    @Test("writes itself back as a URL")
    func description() {
        #expect(DatabaseURL.sqliteFile(path: "/srv/a.sqlite").description == "sqlite:///srv/a.sqlite")
        #expect(DatabaseURL.sqliteMemory.description == "sqlite::memory:")
        #expect(DatabaseURL.postgres(url: "postgres://app@db/t").description == "postgres://app@db/t")
    }

    @Test("never shows a PostgreSQL password, in its text or in a parse error")
    func hidesPassword() throws {
        let url = try DatabaseURL(parsing: "postgres://app:s3cret@db.example:5432/threadline?sslmode=require")
        #expect(url.description == "postgres://app:***@db.example:5432/threadline?sslmode=require")
        // A generated password may hold an unencoded slash, question mark or hash; none of it shows.
        do {
            let awkward = try DatabaseURL(parsing: "postgres://app:p/ss?w#rd@db.example/threadline")
            #expect(!awkward.description.contains("ss?w"), "\(awkward)")
        } catch {
            #expect(!"\(error)".contains("ss?w"), "\(error)")
        }
        #expect(url.engine == .postgres)
        do {
            _ = try DatabaseURL(parsing: "postgres://:s3cret@db.example/threadline")
            Issue.record("a URL without a user was accepted")
        } catch {
            #expect(!"\(error)".contains("s3cret"))
        }
        // Refused URLs meant for another program, or with a scheme in capitals, do not show their password either.
        for text in [
            "mysql://app:s3cret@db.example/app", "POSTGRES://app:s3cret@db.example/db", "postgress://a:s3cret@h/d",
        ] {
            do {
                _ = try DatabaseURL(parsing: text)
                Issue.record("\(text) was accepted")
            } catch {
                #expect(!"\(error)".contains("s3cret"), "\(error)")
                #expect("\(error)".contains("is not a database URL Threadline understands"))
            }
        }
    }
}
