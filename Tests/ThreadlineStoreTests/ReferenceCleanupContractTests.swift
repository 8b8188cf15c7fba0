import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("References on delete")
struct ReferenceCleanupContractTests {
    @Test("deleting an organisation takes it out of stories' lists, so they stay valid", arguments: StoreEngine.all)
    func listsLoseDeletedItems(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let kept = Sample.organisation("Salford Youth Service")
            let gone = Sample.organisation("Salford Community Leisure")
            try await store.organisations.create(kept)
            try await store.organisations.create(gone)
            var story = Sample.story("Working together", organisations: [kept.id, gone.id])
            try await store.stories.create(story)
            #expect(try await store.organisations.referenceCount(to: gone.id) == 1)

            try await store.organisations.delete(gone.id)

            let stored = try #require(try await store.stories.get(story.id))
            #expect(stored.organisationIDs == [kept.id])
            // The story can be saved again: no reference to nothing is left behind.
            story = stored
            story.title = "Still working together"
            try await store.stories.update(story)
            #expect(try await store.organisations.referenceCount(to: kept.id) == 1)
        }
    }

    @Test("a place's milestones and stories count as references to it", arguments: StoreEngine.all)
    func countsSingleReferences(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Wigan")
            try await store.places.create(place)
            #expect(try await store.places.referenceCount(to: place.id) == 0)
            try await store.milestones.create(Sample.milestone("Start", in: place.id, on: "2021"))
            try await store.stories.create(Sample.story("A coach", in: place.id))
            #expect(try await store.places.referenceCount(to: place.id) == 2)
        }
    }

    @Test("parallel sign-in attempts cannot all use the same free window", arguments: StoreEngine.all)
    func admitIsAtomic(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let throttle = store.loginThrottle
            let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 1...12 {
                    group.addTask { try await throttle.admit("ana@example.org", now: Sample.now) == 0 }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(admitted == SQLLoginThrottle.freeAttempts)
            try await throttle.reset(for: "ana@example.org")
            #expect(try await throttle.admit("ana@example.org", now: Sample.now) == 0)
        }
    }
}
