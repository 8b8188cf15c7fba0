import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Content repositories: listing")
struct ContentListingContractTests {
    @Test("stories filter by status, place and enabler, alone and together", arguments: StoreEngine.all)
    func storyFilters(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let wigan = Sample.place("Wigan")
            let bolton = Sample.place("Bolton")
            let leadership = Sample.enabler(1, "Leadership")
            let workforce = Sample.enabler(2, "Workforce")
            for place in [wigan, bolton] { try await store.places.create(place) }
            for enabler in [leadership, workforce] { try await store.enablers.create(enabler) }
            let a = Sample.story("A walk in Wigan", in: wigan.id, enabler: leadership.id, status: .published)
            let b = Sample.story("B draft in Wigan", in: wigan.id, enabler: workforce.id)
            let c = Sample.story("C swim in Bolton", in: bolton.id, enabler: leadership.id, status: .published)
            let d = Sample.story("D nowhere yet")
            for story in [d, c, b, a] { try await store.stories.create(story) }

            #expect(try await store.stories.list(ContentQuery()).items == [a, b, c, d])
            #expect(try await store.stories.list(.published).items == [a, c])
            #expect(try await store.stories.list(ContentQuery(status: .draft)).items == [b, d])
            #expect(try await store.stories.list(ContentQuery(placeID: wigan.id)).items == [a, b])
            #expect(try await store.stories.list(ContentQuery(enablerID: leadership.id)).items == [a, c])
            #expect(try await store.stories.list(ContentQuery(status: .published, placeID: wigan.id)).items == [a])
            #expect(
                try await store.stories.list(ContentQuery(placeID: bolton.id, enablerID: workforce.id)).items == [])
            #expect(try await store.stories.list(ContentQuery(placeID: Sample.id())).total == 0)
        }
    }

    @Test("milestones list by date, a year before its months, and filter by place", arguments: StoreEngine.all)
    func milestoneOrder(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let wigan = Sample.place("Wigan")
            let bolton = Sample.place("Bolton")
            try await store.places.create(wigan)
            try await store.places.create(bolton)
            let dates = ["2022-08", "2022-07-14", "2022", "2021-12-31", "2022-07", "2023"]
            var created: [String: Milestone] = [:]
            for date in dates {
                let milestone = Sample.milestone("Step \(date)", in: wigan.id, on: date)
                created[date] = milestone
                try await store.milestones.create(milestone)
            }
            let elsewhere = Sample.milestone("Elsewhere", in: bolton.id, on: "2022-07", status: .published)
            try await store.milestones.create(elsewhere)

            let listed = try await store.milestones.list(ContentQuery(placeID: wigan.id)).items
            #expect(
                listed.compactMap(\.date).map(\.description) == [
                    "2021-12-31", "2022", "2022-07", "2022-07-14", "2022-08", "2023",
                ])
            #expect(
                listed.map(\.date)
                    == listed.map(\.date).sorted { ($0 ?? Sample.date("1000")) < ($1 ?? Sample.date("1000")) })
            #expect(try await store.milestones.list(ContentQuery(placeID: bolton.id)).items == [elsewhere])
            #expect(try await store.milestones.list(.published).items == [elsewhere])
            #expect(try await store.milestones.list(ContentQuery()).total == dates.count + 1)
        }
    }

    @Test("enablers list by number, numerically", arguments: StoreEngine.all)
    func enablerOrder(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let ten = Sample.enabler(10, "Aardvark")
            let two = Sample.enabler(2, "Zebra")
            let one = Sample.enabler(1, "Middle")
            for enabler in [ten, two, one] { try await store.enablers.create(enabler) }
            #expect(try await store.enablers.list(ContentQuery()).items == [one, two, ten])
            #expect(try await store.enablers.get(ids: [ten.id, one.id, two.id]) == [one, two, ten])
        }
    }

    @Test("learning areas list by position, places by name, news newest first", arguments: StoreEngine.all)
    func otherOrders(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let enabler = Sample.enabler(1, "Leadership")
            try await store.enablers.create(enabler)
            let areas = [
                Sample.learningArea(3, "A third", enabler: enabler.id),
                Sample.learningArea(1, "Z first", enabler: enabler.id),
                Sample.learningArea(2, "M second", enabler: enabler.id),
            ]
            for area in areas { try await store.learningAreas.create(area) }
            #expect(try await store.learningAreas.list(ContentQuery()).items.map(\.position) == [1, 2, 3])
            #expect(try await store.learningAreas.list(ContentQuery(enablerID: enabler.id)).total == 3)

            for name in ["Wigan", "Bolton", "Oldham"] { try await store.places.create(Sample.place(name)) }
            #expect(try await store.places.list(ContentQuery()).items.map(\.name) == ["Bolton", "Oldham", "Wigan"])

            let old = Sample.news("Old news", published: Sample.now)
            let newer = Sample.news("Newer news", published: Sample.now.addingTimeInterval(100))
            let draft = Sample.news("Draft news", created: Sample.now.addingTimeInterval(50))
            for post in [old, newer, draft] { try await store.newsPosts.create(post) }
            #expect(try await store.newsPosts.list(ContentQuery()).items == [newer, draft, old])
            #expect(try await store.newsPosts.list(.published).items == [newer, old])
        }
    }

    @Test("pages hold at most the limit and always report the total", arguments: StoreEngine.all)
    func paging(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let names = ["Bolton", "Bury", "Oldham", "Rochdale", "Salford"]
            for name in names.reversed() { try await store.places.create(Sample.place(name)) }

            let first = try await store.places.list(ContentQuery(limit: 2, offset: 0))
            #expect(first.items.map(\.name) == ["Bolton", "Bury"])
            #expect(first.total == 5)
            #expect(first.limit == 2 && first.offset == 0)

            let second = try await store.places.list(ContentQuery(limit: 2, offset: 2))
            #expect(second.items.map(\.name) == ["Oldham", "Rochdale"])
            #expect(second.total == 5)

            let last = try await store.places.list(ContentQuery(limit: 2, offset: 4))
            #expect(last.items.map(\.name) == ["Salford"])
            #expect(last.total == 5)

            let beyond = try await store.places.list(ContentQuery(limit: 2, offset: 10))
            #expect(beyond.items.isEmpty)
            #expect(beyond.total == 5)

            let exact = try await store.places.list(ContentQuery(limit: 5))
            #expect(exact.items.count == 5 && exact.total == 5)

            let whole = try await store.places.list(ContentQuery(limit: 50))
            #expect(whole.items.count == 5 && whole.total == 5)
        }
    }

    @Test("the total counts only what the filter matches", arguments: StoreEngine.all)
    func filteredTotal(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            for index in 0..<5 {
                try await store.stories.create(
                    Sample.story("Story \(index)", status: index.isMultiple(of: 2) ? .published : .draft))
            }
            let page = try await store.stories.list(ContentQuery(status: .published, limit: 1, offset: 1))
            #expect(page.items.map(\.title) == ["Story 2"])
            #expect(page.total == 3)
        }
    }

    @Test("a query clamps its limit and offset")
    func queryClamps() {
        #expect(ContentQuery(limit: 0).limit == 1)
        #expect(ContentQuery(limit: 10_000).limit == ContentQuery.maximumLimit)
        #expect(ContentQuery(offset: -5).offset == 0)
    }

    @Test("the content count adds up every kind", arguments: StoreEngine.all)
    func contentCount(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            #expect(try await store.contentCount() == 0)
            let place = Sample.place("Wigan")
            try await store.places.create(place)
            try await store.milestones.create(Sample.milestone("Start", in: place.id, on: "2020"))
            try await store.newsPosts.create(Sample.news("Hello"))
            #expect(try await store.contentCount() == 3)
        }
    }
}
