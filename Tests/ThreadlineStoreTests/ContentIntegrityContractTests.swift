import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Content repositories: integrity")
struct ContentIntegrityContractTests {
    @Test("a duplicate slug is a conflict naming slug, and nothing is stored", arguments: StoreEngine.all)
    func duplicateSlugOnCreate(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let original = Sample.story("Walking netball")
            try await store.stories.create(original)
            var copy = Sample.story("Another title")
            copy.slug = original.slug
            let problems = await conflictProblems { try await store.stories.create(copy) }
            #expect(problems.map(\.field) == ["slug"])
            #expect(try await store.stories.get(copy.id) == nil)
            #expect(try await store.stories.get(slug: original.slug) == original)
        }
    }

    @Test("changing a slug to one in use is a conflict, and the item is unchanged", arguments: StoreEngine.all)
    func duplicateSlugOnUpdate(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let first = Sample.place("Wigan")
            let second = Sample.place("Bolton")
            try await store.places.create(first)
            try await store.places.create(second)
            var changed = second
            changed.slug = first.slug
            changed.name = "Renamed"
            let problems = await conflictProblems { try await store.places.update(changed) }
            #expect(problems.map(\.field) == ["slug"])
            #expect(try await store.places.get(second.id) == second)
        }
    }

    @Test("different kinds may share a slug", arguments: StoreEngine.all)
    func slugsAreperKind(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await store.places.create(Sample.place("Wigan", slug: "wigan"))
            var story = Sample.story("Wigan")
            story.slug = "wigan"
            try await store.stories.create(story)
            #expect(try await store.stories.get(slug: "wigan") == story)
        }
    }

    @Test("an ID already in use is a conflict naming id", arguments: StoreEngine.all)
    func duplicateID(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Wigan")
            try await store.places.create(place)
            var twin = Sample.place("Bolton")
            twin.id = place.id
            let problems = await conflictProblems { try await store.places.create(twin) }
            #expect(problems.map(\.field).contains("id"))
            #expect(try await store.places.get(place.id) == place)
        }
    }

    @Test("a milestone in a missing place is a conflict naming place_id", arguments: StoreEngine.all)
    func missingPlace(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let milestone = Sample.milestone("Orphan", in: Sample.id(), on: "2022-07")
            let problems = await conflictProblems { try await store.milestones.create(milestone) }
            #expect(problems.map(\.field) == ["place_id"])
            #expect(try await store.milestones.list(ContentQuery()).total == 0)
        }
    }

    @Test("every missing reference of a story is named at once", arguments: StoreEngine.all)
    func everyMissingReference(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let present = Sample.organisation("Present")
            try await store.organisations.create(present)
            let story = Sample.story(
                "Dangling", in: Sample.id(), enabler: Sample.id(), organisations: [present.id, Sample.id()])
            let problems = await conflictProblems { try await store.stories.create(story) }
            #expect(Set(problems.map(\.field)) == ["place_id", "enabler_id", "organisation_ids"])
            #expect(problems.count == 3)
            #expect(try await store.stories.get(story.id) == nil)
        }
    }

    @Test("an update may not point at a missing item either", arguments: StoreEngine.all)
    func missingReferenceOnUpdate(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Wigan")
            try await store.places.create(place)
            let story = Sample.story("Anchored", in: place.id)
            try await store.stories.create(story)
            var changed = story
            changed.placeID = Sample.id()
            let problems = await conflictProblems { try await store.stories.update(changed) }
            #expect(problems.map(\.field) == ["place_id"])
            #expect(try await store.stories.get(story.id) == story)
        }
    }

    @Test("a learning area's featured story must exist", arguments: StoreEngine.all)
    func missingFeaturedStory(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let enabler = Sample.enabler(1, "Leadership")
            try await store.enablers.create(enabler)
            let area = Sample.learningArea(1, "Trust", enabler: enabler.id, story: Sample.id())
            let problems = await conflictProblems { try await store.learningAreas.create(area) }
            #expect(problems.map(\.field) == ["featured_story_id"])
        }
    }

    @Test("updating or deleting a missing item is notFound", arguments: StoreEngine.all)
    func missingItems(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            await expectNotFound { try await store.stories.update(Sample.story("Never stored")) }
            await expectNotFound { try await store.stories.delete(Sample.id()) }
            await expectNotFound { try await store.milestones.update(Sample.milestone("Never", in: nil, on: "2022")) }
            await expectNotFound { try await store.newsPosts.delete(Sample.id()) }
            #expect(try await store.stories.list(ContentQuery()).total == 0)
        }
    }

    @Test("concurrent writes are all stored, and concurrent duplicates keep exactly one", arguments: StoreEngine.all)
    func concurrentWrites(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask { try await store.places.create(Sample.place("Place \(index)")) }
                    group.addTask { _ = try await store.places.list(ContentQuery()) }
                }
                try await group.waitForAll()
            }
            #expect(try await store.places.list(ContentQuery()).total == 20)

            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        var place = Sample.place("Contested")
                        place.slug = "contested"
                        do {
                            try await store.places.create(place)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await store.places.get(slug: "contested") != nil)
        }
    }

    @Test("deleting a place deletes its milestones and unlinks its stories", arguments: StoreEngine.all)
    func placeDeletionCascades(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let wigan = Sample.place("Wigan")
            let bolton = Sample.place("Bolton")
            try await store.places.create(wigan)
            try await store.places.create(bolton)
            let gone = [
                Sample.milestone("First", in: wigan.id, on: "2021"),
                Sample.milestone("Second", in: wigan.id, on: "2022-07"),
            ]
            let kept = Sample.milestone("Elsewhere", in: bolton.id, on: "2022")
            for milestone in gone + [kept] { try await store.milestones.create(milestone) }
            let story = Sample.story("A Wigan story", in: wigan.id)
            let otherStory = Sample.story("A Bolton story", in: bolton.id)
            let organisation = Sample.organisation("Wigan Council", in: wigan.id)
            let study = Sample.caseStudy("A Wigan case", in: wigan.id)
            try await store.stories.create(story)
            try await store.stories.create(otherStory)
            try await store.organisations.create(organisation)
            try await store.caseStudies.create(study)

            try await store.places.delete(wigan.id)

            #expect(try await store.places.get(wigan.id) == nil)
            for milestone in gone { #expect(try await store.milestones.get(milestone.id) == nil) }
            #expect(try await store.milestones.list(ContentQuery()).items == [kept])
            var unlinked = story
            unlinked.placeID = nil
            #expect(try await store.stories.get(story.id) == unlinked)
            #expect(try await store.stories.get(otherStory.id) == otherStory)
            #expect(try await store.organisations.get(organisation.id)?.placeID == nil)
            #expect(try await store.caseStudies.get(study.id)?.placeID == nil)
            #expect(try await store.caseStudies.get(study.id)?.title == study.title)
        }
    }

    @Test("deleting an enabler or a story unlinks what pointed at it", arguments: StoreEngine.all)
    func otherDeletionsUnlink(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let enabler = Sample.enabler(1, "Leadership")
            try await store.enablers.create(enabler)
            let story = Sample.story("Featured", enabler: enabler.id)
            try await store.stories.create(story)
            let area = Sample.learningArea(1, "Trust", enabler: enabler.id, story: story.id)
            try await store.learningAreas.create(area)

            try await store.stories.delete(story.id)
            #expect(try await store.learningAreas.get(area.id)?.featuredStoryID == nil)
            try await store.enablers.delete(enabler.id)
            #expect(try await store.learningAreas.get(area.id)?.enablerID == nil)
        }
    }

    @Test("deleting a user keeps their content, without an author", arguments: StoreEngine.all)
    func userDeletionKeepsContent(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("writer@example.org", role: .contributor)
            try await store.users.create(user, password: Sample.password)
            let story = Sample.story("Written by someone", author: user.id)
            try await store.stories.create(story)
            #expect(try await store.stories.get(story.id)?.authorID == user.id)
            try await store.users.delete(user.id)
            #expect(try await store.users.get(user.id) == nil)
            let kept = try #require(try await store.stories.get(story.id))
            #expect(kept.authorID == nil)
            #expect(kept.title == story.title)
        }
    }
}
