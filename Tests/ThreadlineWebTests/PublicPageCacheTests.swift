import Foundation
import Logging
import Synchronization
import Testing
import ThreadlineCore
import ThreadlineStore

@testable import ThreadlineServices
@testable import ThreadlineWeb

@Suite("Public page cache")
struct PublicPageCacheTests {
    private func fileStores() async throws -> (ThreadlineStore, ThreadlineStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = DatabaseURL.sqliteFile(path: folder.appendingPathComponent("hub.sqlite").path)
        let logger = Logger(label: "cache-test")
        // Two stores on one file stand for two Threadline processes sharing a database.
        return (
            try await ThreadlineStore.open(url, bcryptCost: 4, logger: logger),
            try await ThreadlineStore.open(url, bcryptCost: 4, logger: logger), folder
        )
    }

    private func place(_ name: String) -> Place {
        Place(
            id: RandomIDGenerator().next(), name: name, slug: "wigan", status: .published,
            createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test("A page is rendered once, then served from memory until this process writes")
    func sameProcessWritesInvalidate() async throws {
        let (store, other, folder) = try await fileStores()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = PublicPageCache(store: store, recheckInterval: .seconds(3600))
        let renders = Counter()
        let render: () async throws -> String? = { "render \(renders.increment())" }
        #expect(try await cache.page("/a", render: render) == "render 1")
        #expect(try await cache.page("/a", render: render) == "render 1")
        try await store.places.create(place("Wigan"))
        #expect(try await cache.page("/a", render: render) == "render 2")
        #expect(try await cache.page("/missing") { nil } == nil)
        try await store.database.close()
        try await other.database.close()
    }

    @Test("Another process's write is noticed at the next recheck")
    func otherProcessWritesInvalidate() async throws {
        let (store, other, folder) = try await fileStores()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = PublicPageCache(store: store, recheckInterval: .zero)
        let renders = Counter()
        let render: () async throws -> String? = { "render \(renders.increment())" }
        #expect(try await cache.page("/a", render: render) == "render 1")
        #expect(try await cache.page("/a", render: render) == "render 1")
        try await other.places.create(place("Wigan"))
        #expect(try await cache.page("/a", render: render) == "render 2")
        try await store.database.close()
        try await other.database.close()
    }
}

/// A counter the render closures can share.
private final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() -> Int {
        value.withLock {
            $0 += 1
            return $0
        }
    }
}
