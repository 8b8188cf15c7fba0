import Foundation
import ThreadlineCore
import ThreadlineFormats

/// Builds small, valid programme bundles for tests, with predictable ids and whole-second dates.
///
/// The collections are already in the order the writer puts them, so a bundle read back equals the one built.
enum BundleFixture {
    /// 2022-10-05T09:00:00Z.
    static let created = Date(timeIntervalSince1970: 1_664_960_400)
    /// A day after `created`.
    static let updated = created.addingTimeInterval(86_400)
    /// The instant tests give the reader as "now".
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    /// A UUID whose last digits are `number`, so tests can tell records apart at a glance.
    static func uuid(_ number: Int) -> UUID {
        let text = "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - String(number).count) + "\(number)"
        guard let uuid = UUID(uuidString: text) else { preconditionFailure("bad fixture UUID \(text)") }
        return uuid
    }

    static func id<Entity>(_ number: Int) -> EntityID<Entity> { EntityID(uuid(number)) }

    static func date(_ text: String) -> PartialDate {
        guard let date = PartialDate(text) else { preconditionFailure("bad fixture date \(text)") }
        return date
    }

    /// Ids used across the fixture.
    static let enablerOne: Enabler.ID = id(101)
    static let enablerTwo: Enabler.ID = id(102)
    static let bolton: Place.ID = id(301)
    static let oldham: Place.ID = id(302)
    static let wigan: Place.ID = id(303)
    static let activeBolton: Organisation.ID = id(501)
    static let wiganCouncil: Organisation.ID = id(502)
    static let footballStory: Story.ID = id(601)
    static let walkingStory: Story.ID = id(602)

    /// A bundle with every kind of record, links between them and both publication states.
    static func bundle() -> ProgrammeBundle {
        ProgrammeBundle(
            programme: Programme(
                name: "Moving Together",
                tagline: "Whole-system change in six places",
                about: "A programme about *active* lives.",
                language: "en-GB"
            ),
            enablers: [
                Enabler(
                    id: enablerOne, number: 1, name: "Leadership", slug: "leadership",
                    summary: "Leaders who share power.", definition: "Distributed **leadership**.",
                    programmeTheory: "If leaders listen, then…", status: .published,
                    createdAt: created, updatedAt: updated, publishedAt: updated
                ),
                Enabler(
                    id: enablerTwo, number: 2, name: "Trust & relationships", slug: "trust",
                    definition: "Trust between partners.", createdAt: created
                ),
            ],
            learningAreas: [
                LearningArea(
                    id: id(201), position: 1, title: "Start with people", slug: "start-with-people",
                    outline: "What we learned.", enablerID: enablerOne, featuredStoryID: walkingStory,
                    questions: ["Who is missing?", "What would \"good\" look like?"], status: .published,
                    createdAt: created, updatedAt: updated, publishedAt: updated
                ),
                LearningArea(
                    id: id(202), position: 2, title: "Test and learn", slug: "test-and-learn",
                    outline: "Small steps.", enablerID: enablerTwo, createdAt: created
                ),
            ],
            places: [
                Place(id: bolton, name: "Bolton", slug: "bolton", summary: "A town.", createdAt: created),
                Place(id: oldham, name: "Oldham", slug: "oldham", body: "Its journey.", createdAt: created),
                Place(
                    id: wigan, name: "Wigan", slug: "wigan", status: .published,
                    createdAt: created, updatedAt: updated, publishedAt: updated
                ),
            ],
            milestones: [
                Milestone(
                    id: id(401), placeID: bolton, date: date("2021"), title: "Partnership formed", createdAt: created),
                Milestone(
                    id: id(402), placeID: bolton, date: date("2022-07"), title: "Steering group disbanded",
                    description: "It had done its job.", enablerID: enablerOne, createdAt: created
                ),
                Milestone(
                    id: id(403), placeID: wigan, date: date("2022-03-14"), title: "Walk launched", createdAt: created),
                Milestone(
                    id: id(404), placeID: wigan, date: date("2022-03-14"), title: "Walk reviewed", createdAt: created),
            ],
            organisations: [
                Organisation(
                    id: activeBolton, name: "Active Bolton", slug: "active-bolton", sector: "Leisure trust",
                    placeID: bolton, website: "https://example.org/active?a=1&b=2", createdAt: created
                ),
                Organisation(id: wiganCouncil, name: "Wigan Council", slug: "wigan-council", createdAt: created),
            ],
            stories: [
                Story(
                    id: footballStory, title: "Football for all", slug: "football-for-all", body: "It began…",
                    placeID: bolton, enablerID: enablerTwo, organisationIDs: [activeBolton, wiganCouncil],
                    credit: "Sam", status: .published, createdAt: created, updatedAt: updated, publishedAt: updated
                ),
                Story(
                    id: walkingStory, title: "Walking together", slug: "walking-together", body: "Every Tuesday…",
                    placeID: wigan, createdAt: created
                ),
            ],
            caseStudies: [
                CaseStudy(
                    id: id(701), title: "A deep dive", slug: "a-deep-dive", format: .deepDive, body: "In depth.",
                    placeID: oldham, enablerID: enablerOne, organisationIDs: [wiganCouncil], createdAt: created
                )
            ],
            newsPosts: [
                NewsPost(
                    id: id(801), title: "Autumn update", slug: "autumn-update", body: "News.",
                    status: .published, createdAt: created, updatedAt: updated, publishedAt: updated
                ),
                NewsPost(
                    id: id(802), title: "Summer update", slug: "summer-update", body: "Older news.",
                    createdAt: created
                ),
            ]
        )
    }

    /// The fixture bundle written by `ProgrammeBundleWriter`, parsed back into an editable JSON value.
    static func document() throws -> JSONValue {
        try JSONValue.parse(try ProgrammeBundleWriter().data(for: bundle()))
    }
}
