import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

/// Creates `item`, reads it back every way, changes it with `change`, and deletes it, checking each step.
func expectRoundTrip<E: ContentEntity>(
    _ repository: any ContentRepository<E>, _ item: E, sourceLocation: SourceLocation = #_sourceLocation,
    change: (inout E) -> Void
) async throws {
    try await repository.create(item)
    #expect(try await repository.get(item.id) == item, sourceLocation: sourceLocation)
    if let slug = item.publicSlug {
        #expect(try await repository.get(slug: slug) == item, sourceLocation: sourceLocation)
    }
    #expect(try await repository.list(ContentQuery()).items == [item], sourceLocation: sourceLocation)
    #expect(try await repository.get(ids: [item.id]) == [item], sourceLocation: sourceLocation)

    var changed = item
    change(&changed)
    changed.updatedAt = item.updatedAt.addingTimeInterval(3600)
    #expect(changed != item, "the change must change something", sourceLocation: sourceLocation)
    try await repository.update(changed)
    #expect(try await repository.get(item.id) == changed, sourceLocation: sourceLocation)
    if let slug = changed.publicSlug {
        #expect(try await repository.get(slug: slug) == changed, sourceLocation: sourceLocation)
    }
    if let old = item.publicSlug, old != changed.publicSlug {
        #expect(try await repository.get(slug: old) == nil, sourceLocation: sourceLocation)
    }
    #expect(try await repository.list(ContentQuery()).items == [changed], sourceLocation: sourceLocation)

    try await repository.delete(item.id)
    #expect(try await repository.get(item.id) == nil, sourceLocation: sourceLocation)
    if let slug = changed.publicSlug {
        #expect(try await repository.get(slug: slug) == nil, sourceLocation: sourceLocation)
    }
    #expect(try await repository.list(ContentQuery()).total == 0, sourceLocation: sourceLocation)
}

@Suite("Content repositories: round trips")
struct ContentRoundTripContractTests {
    @Test("enablers", arguments: StoreEngine.all)
    func enablers(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await expectRoundTrip(store.enablers, Sample.enabler(1, "Leadership")) { enabler in
                enabler.number = 7
                enabler.name = "Shared leadership"
                enabler.slug = "shared-leadership"
                enabler.summary = "Leading together — “across” boundaries 😀"
                enabler.definition = "Line one\n\nLine two"
                enabler.programmeTheory = ""
                enabler.status = .published
                enabler.publishedAt = Sample.now.addingTimeInterval(60)
            }
        }
    }

    @Test("places", arguments: StoreEngine.all)
    func places(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await expectRoundTrip(store.places, Sample.place("Wigan")) { place in
                place.name = "Wigan and Leigh"
                place.slug = "wigan-and-leigh"
                place.summary = ""
                place.body = "# Journey\n\n* one\n* two"
            }
        }
    }

    @Test("milestones, with partial dates of every precision", arguments: StoreEngine.all)
    func milestones(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let wigan = Sample.place("Wigan")
            let bolton = Sample.place("Bolton")
            let enabler = Sample.enabler(1, "Leadership")
            try await store.places.create(wigan)
            try await store.places.create(bolton)
            try await store.enablers.create(enabler)
            for (before, after) in [("2022", "2022-07"), ("2022-07", "2022-07-14"), ("2022-07-14", "2021")] {
                try await expectRoundTrip(
                    store.milestones, Sample.milestone("Steering group disbanded", in: wigan.id, on: before)
                ) { milestone in
                    milestone.date = Sample.date(after)
                    milestone.placeID = bolton.id
                    milestone.enablerID = enabler.id
                    milestone.title = "Steering group re-formed"
                }
            }
            #expect(try await store.milestones.get(slug: "steering-group-disbanded") == nil)
        }
    }

    @Test("organisations, with and without a website", arguments: StoreEngine.all)
    func organisations(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Salford")
            try await store.places.create(place)
            try await expectRoundTrip(store.organisations, Sample.organisation("Salford Community Leisure")) { org in
                org.placeID = place.id
                org.website = "https://www.salfordcommunityleisure.co.uk"
                org.sector = "Leisure trust"
            }
        }
    }

    @Test("stories, with lists of organisations", arguments: StoreEngine.all)
    func stories(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Oldham")
            let enabler = Sample.enabler(2, "Community power")
            let first = Sample.organisation("Action Together")
            let second = Sample.organisation("Oldham Council")
            let third = Sample.organisation("Mahdlo Youth Zone")
            try await store.places.create(place)
            try await store.enablers.create(enabler)
            for organisation in [first, second, third] { try await store.organisations.create(organisation) }
            let story = Sample.story("Walking netball", in: place.id, organisations: [first.id])
            try await expectRoundTrip(store.stories, story) { story in
                story.organisationIDs = [third.id, first.id, second.id]
                story.placeID = nil
                story.enablerID = enabler.id
                story.title = "Walking netball, two years on"
                story.slug = "walking-netball-two-years-on"
                story.credit = "Ann, a player"
                story.status = .published
                story.publishedAt = Sample.now
            }
            let empty = Sample.story("No organisations", organisations: [])
            try await expectRoundTrip(store.stories, empty) { $0.organisationIDs = [second.id] }
        }
    }

    @Test("learning areas, with lists of questions", arguments: StoreEngine.all)
    func learningAreas(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let enabler = Sample.enabler(1, "Leadership")
            let other = Sample.enabler(2, "Workforce")
            let story = Sample.story("A featured story")
            try await store.enablers.create(enabler)
            try await store.enablers.create(other)
            try await store.stories.create(story)
            let area = Sample.learningArea(
                1, "Trust takes time", enabler: enabler.id, questions: ["Who decides?", "What, \"exactly\", changed?"])
            try await expectRoundTrip(store.learningAreas, area) { area in
                area.questions = ["What changed?", "Who noticed?", "Why — and for whom?"]
                area.featuredStoryID = story.id
                area.enablerID = other.id
                area.position = 3
            }
            let noQuestions = Sample.learningArea(2, "Listening", enabler: enabler.id)
            try await expectRoundTrip(store.learningAreas, noQuestions) { $0.questions = ["Just one?"] }
        }
    }

    @Test("case studies", arguments: StoreEngine.all)
    func caseStudies(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Bury")
            let organisation = Sample.organisation("Bury Council")
            try await store.places.create(place)
            try await store.organisations.create(organisation)
            let study = Sample.caseStudy("Moving more in Bury", format: .selfContained)
            try await expectRoundTrip(store.caseStudies, study) { study in
                study.format = .deepDive
                study.placeID = place.id
                study.organisationIDs = [organisation.id]
                study.summary = "Deeper"
            }
        }
    }

    @Test("news posts", arguments: StoreEngine.all)
    func newsPosts(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await expectRoundTrip(store.newsPosts, Sample.news("Hub launched")) { post in
                post.status = .published
                post.publishedAt = Sample.now.addingTimeInterval(86_400)
                post.body = "Now *live*."
            }
        }
    }

    @Test("unknown IDs and slugs find nothing", arguments: StoreEngine.all)
    func unknownLookups(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await store.stories.create(Sample.story("Present"))
            #expect(try await store.stories.get(Sample.id()) == nil)
            #expect(try await store.stories.get(slug: "absent") == nil)
            #expect(try await store.stories.get(ids: []) == [])
            #expect(try await store.stories.get(ids: [Sample.id()]) == [])
        }
    }

    @Test("an ID in any case finds the item", arguments: StoreEngine.all)
    func uppercaseID(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let story = Sample.story("Cased")
            try await store.stories.create(story)
            let upper = try #require(Story.ID(story.id.description.uppercased()))
            #expect(try await store.stories.get(upper) == story)
        }
    }

    @Test("the programme description is a placeholder until saved, then round trips", arguments: StoreEngine.all)
    func programme(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            #expect(try await store.programme.get() == SQLProgrammeRepository.placeholder)
            let programme = Programme(
                name: "Local Pilot", tagline: "Moving more", about: "**About**", language: "en-GB")
            try await store.programme.save(programme)
            #expect(try await store.programme.get() == programme)
            let renamed = Programme(name: "GM Moving", language: "cy")
            try await store.programme.save(renamed)
            #expect(try await store.programme.get() == renamed)
            await #expect(throws: ValidationError.self) { try await store.programme.save(Programme(name: "")) }
            #expect(try await store.programme.get() == renamed)
        }
    }
}
