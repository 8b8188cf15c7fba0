import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineWeb

@testable import ThreadlineServices

/// A small programme with every kind of content, each collection already in the store's natural order.
func sampleBundle() -> ProgrammeBundle {
    let leadership = Sample.enabler(1, "Leadership", status: .published)
    let workforce = Sample.enabler(2, "Workforce")
    let bolton = Sample.place("Bolton", status: .published)
    let wigan = Sample.place("Wigan")
    let council = Sample.organisation("Bolton Council", in: bolton.id, website: "https://www.bolton.gov.uk")
    let trust = Sample.organisation("Wigan Leisure Trust", in: wigan.id)
    let walking = Sample.story(
        "A walking group", in: bolton.id, enabler: leadership.id, organisations: [council.id, trust.id],
        status: .published)
    let swimming = Sample.story("Swimming again", in: wigan.id)
    return ProgrammeBundle(
        programme: Programme(name: "Local Pilot", tagline: "Moving more", about: "About *us*", language: "en-GB"),
        enablers: [leadership, workforce],
        learningAreas: [
            Sample.learningArea(
                1, "Trust takes time", enabler: leadership.id, story: walking.id, questions: ["Why?", "For whom?"]),
            Sample.learningArea(2, "Listening", enabler: workforce.id),
        ],
        places: [bolton, wigan],
        milestones: [
            Sample.milestone("Group formed", in: bolton.id, on: "2021"),
            Sample.milestone("First walk", in: bolton.id, on: "2021-06", enabler: leadership.id),
            Sample.milestone("Pool reopened", in: wigan.id, on: "2021-06-14"),
            Sample.milestone("Steering group disbanded", in: wigan.id, on: "2022-07"),
        ],
        organisations: [council, trust],
        stories: [walking, swimming],
        caseStudies: [
            Sample.caseStudy("A deep dive", in: bolton.id, organisations: [council.id]),
            Sample.caseStudy("Self-contained", enabler: workforce.id, format: .selfContained),
        ],
        newsPosts: [
            Sample.news("Newest", published: Sample.now.addingTimeInterval(200)),
            Sample.news("Older", published: Sample.now.addingTimeInterval(100)),
            Sample.news("Draft", created: Sample.now),
        ]
    )
}

extension ProgrammeBundle {
    /// The same bundle with every collection sorted by ID, to compare contents whatever their order.
    var sortedByID: ProgrammeBundle {
        ProgrammeBundle(
            programme: programme,
            enablers: enablers.sorted { $0.id < $1.id },
            learningAreas: learningAreas.sorted { $0.id < $1.id },
            places: places.sorted { $0.id < $1.id },
            milestones: milestones.sorted { $0.id < $1.id },
            organisations: organisations.sorted { $0.id < $1.id },
            stories: stories.sorted { $0.id < $1.id },
            caseStudies: caseStudies.sorted { $0.id < $1.id },
            newsPosts: newsPosts.sorted { $0.id < $1.id },
            indicators: indicators.sorted { $0.id < $1.id },
            indicatorFigures: indicatorFigures.sorted { $0.id < $1.id },
            countsExamples: countsExamples.sorted { $0.id < $1.id },
            reflectiveLogs: reflectiveLogs.sorted { $0.id < $1.id },
            programmeTheories: programmeTheories.sorted { $0.id < $1.id },
            theoryEvidence: theoryEvidence.sorted { $0.id < $1.id }
        )
    }

    var itemCount: Int {
        enablers.count + learningAreas.count + places.count + milestones.count + organisations.count + stories.count
            + caseStudies.count + newsPosts.count + testimonies.count + clips.count + reports.count
            + reportSections.count + indicators.count + indicatorFigures.count + countsExamples.count
            + reflectiveLogs.count + programmeTheories.count + theoryEvidence.count
    }
}

@Suite("Bundle import and export")
struct BundleTransferContractTests {
    @Test("importing into an empty store, then exporting, gives the same bundle", arguments: StoreEngine.all)
    func roundTrip(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let bundle = sampleBundle()
            try await store.importBundle(bundle, replacing: false)
            #expect(try await store.contentCount() == bundle.itemCount)
            let exported = try await store.exportBundle()
            #expect(exported == bundle)
            #expect(try await store.programme.get() == bundle.programme)
            #expect(try await store.stories.get(slug: "a-walking-group") == bundle.stories.first)
        }
    }

    @Test("the demo programme survives an import and an export", arguments: StoreEngine.all)
    func demoRoundTrip(engine: StoreEngine) async throws {
        let bundle = try ProgrammeBundleReader(now: Sample.now).read(try DemoProgramme.data())
        try await engine.withStore { store async throws in
            try await store.importBundle(bundle, replacing: false)
            let exported = try await store.exportBundle()
            #expect(exported.sortedByID == bundle.sortedByID)
            #expect(try await store.contentCount() == bundle.itemCount)
        }
    }

    @Test("an export leaves out who wrote each item", arguments: StoreEngine.all)
    func exportDropsAuthors(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let story = Sample.story("Mine", author: user.id)
            try await store.stories.create(story)
            let exported = try await store.exportBundle()
            var anonymous = story
            anonymous.authorID = nil
            #expect(exported.stories == [anonymous])
            #expect(exported.programme == SQLProgrammeRepository.placeholder)
        }
    }

    @Test(
        "importing into a store that holds content, without replacing, is refused and changes nothing",
        arguments: StoreEngine.all)
    func refusesToMix(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let existing = Sample.place("Already here")
            try await store.places.create(existing)
            let programme = Programme(name: "The first programme")
            try await store.programme.save(programme)

            _ = await conflictProblems { try await store.importBundle(sampleBundle(), replacing: false) }

            #expect(try await store.contentCount() == 1)
            #expect(try await store.places.list(ContentQuery()).items == [existing])
            #expect(try await store.programme.get() == programme)
        }
    }

    @Test("importing with replacing swaps the whole programme", arguments: StoreEngine.all)
    func replaces(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let old = Sample.place("Old place")
            try await store.places.create(old)
            try await store.milestones.create(Sample.milestone("Old step", in: old.id, on: "2019"))
            try await store.newsPosts.create(Sample.news("Old news"))
            let bundle = sampleBundle()
            try await store.importBundle(bundle, replacing: true)
            #expect(try await store.exportBundle() == bundle)
            #expect(try await store.places.get(old.id) == nil)
        }
    }

    @Test("an import that fails part-way into an empty store leaves it empty", arguments: StoreEngine.all)
    func failedImportIntoEmptyStore(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            var bundle = sampleBundle()
            // Bypasses the reader's checks: this story points at a place the bundle does not hold.
            bundle.stories.append(Sample.story("Points nowhere", in: Sample.id()))
            await #expect(throws: (any Error).self) { try await store.importBundle(bundle, replacing: false) }
            #expect(try await store.contentCount() == 0)
            #expect(try await store.programme.get() == SQLProgrammeRepository.placeholder)
            // The store is still usable, and the same import succeeds once the bundle is fixed.
            bundle.stories.removeLast()
            try await store.importBundle(bundle, replacing: false)
            #expect(try await store.contentCount() == bundle.itemCount)
        }
    }

    @Test("an import that fails part-way while replacing restores the old content", arguments: StoreEngine.all)
    func failedReplacingImport(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let original = sampleBundle()
            try await store.importBundle(original, replacing: false)
            let countBefore = try await store.contentCount()

            var broken = sampleBundle()
            broken.programme = Programme(name: "A different programme")
            broken.milestones.append(Sample.milestone("Orphan step", in: Sample.id(), on: "2024-02-29"))
            await #expect(throws: (any Error).self) { try await store.importBundle(broken, replacing: true) }

            #expect(try await store.contentCount() == countBefore)
            #expect(try await store.exportBundle() == original)
        }
    }

    @Test("an import with two items sharing a slug is rolled back", arguments: StoreEngine.all)
    func duplicateSlugImport(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            var bundle = sampleBundle()
            var twin = Sample.place("Twin")
            twin.slug = bundle.places[0].slug
            bundle.places.append(twin)
            await #expect(throws: (any Error).self) { try await store.importBundle(bundle, replacing: false) }
            #expect(try await store.contentCount() == 0)
        }
    }
}
