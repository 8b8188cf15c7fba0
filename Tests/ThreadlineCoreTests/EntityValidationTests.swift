import Foundation
import Testing
import ThreadlineCore

@Suite("Entity validation")
struct EntityValidationTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    func fields(_ problems: [FieldProblem]) -> Set<String> { Set(problems.map(\.field)) }

    @Test("valid items of every kind have no problems")
    func validItems() throws {
        let place = Place.ID(UUID())
        let enabler = Enabler.ID(UUID())
        let organisation = Organisation.ID(UUID())
        let date = try #require(PartialDate("2022-07"))
        #expect(
            Enabler(
                id: .init(UUID()), number: 1, name: "Leadership", slug: "leadership", definition: "What it means",
                createdAt: now
            ).validationProblems() == [])
        #expect(
            LearningArea(
                id: .init(UUID()), position: 1, title: "Trust", slug: "trust", outline: "Learned", enablerID: enabler,
                questions: ["Why?"], createdAt: now
            ).validationProblems() == [])
        #expect(Place(id: .init(UUID()), name: "Wigan", slug: "wigan", createdAt: now).validationProblems() == [])
        #expect(
            Milestone(id: .init(UUID()), placeID: place, date: date, title: "Steering group disbanded", createdAt: now)
                .validationProblems() == [])
        #expect(
            Organisation(
                id: .init(UUID()), name: "Wigan Council", slug: "wigan-council", placeID: place,
                website: "https://www.wigan.gov.uk", createdAt: now
            ).validationProblems() == [])
        #expect(
            Story(
                id: .init(UUID()), title: "Walking", slug: "walking", body: "Text", placeID: place,
                organisationIDs: [organisation], createdAt: now
            ).validationProblems() == [])
        #expect(
            CaseStudy(
                id: .init(UUID()), title: "Deep dive", slug: "deep-dive", format: .deepDive, body: "Text",
                createdAt: now
            ).validationProblems() == [])
        #expect(
            NewsPost(
                id: .init(UUID()), title: "Launch", slug: "launch", body: "Text", status: .published, createdAt: now
            ).validationProblems() == [])
    }

    @Test("a story with an empty title and a bad slug reports both, and the missing body")
    func storyProblems() {
        let story = Story(id: .init(UUID()), title: "", slug: "Bad Slug!", body: "", createdAt: now)
        let problems = story.validationProblems()
        #expect(fields(problems) == ["title", "slug", "body"])
        #expect(problems.count == 3)
    }

    @Test("validate throws a ValidationError with the same problems")
    func validateThrows() {
        let story = Story(id: .init(UUID()), title: "", slug: "ok", body: "Text", createdAt: now)
        let error = #expect(throws: ValidationError.self) { try story.validate() }
        #expect(error?.problems == story.validationProblems())
        #expect(error?.messages(for: "title") == ["Title is required."])
    }

    @Test("an enabler needs a name, a slug and a definition")
    func enablerProblems() {
        let enabler = Enabler(id: .init(UUID()), number: 1, createdAt: now)
        #expect(fields(enabler.validationProblems()) == ["name", "slug", "definition"])
    }

    @Test("a milestone needs a place, a date and a title")
    func milestoneProblems() {
        let milestone = Milestone(id: .init(UUID()), createdAt: now)
        #expect(fields(milestone.validationProblems()) == ["place_id", "date", "title"])
    }

    @Test("a learning area needs its enabler, and each question has a length limit")
    func learningAreaProblems() {
        let area = LearningArea(
            id: .init(UUID()), position: 2, title: "Trust", slug: "trust", outline: "Learned",
            questions: ["Short?", String(repeating: "q", count: 501)], createdAt: now
        )
        #expect(fields(area.validationProblems()) == ["enabler_id", "questions"])
    }

    @Test("an organisation's website must be a web address")
    func organisationProblems() {
        let organisation = Organisation(
            id: .init(UUID()), name: "Trust", slug: "trust", website: "ftp://files.example.org", createdAt: now)
        #expect(fields(organisation.validationProblems()) == ["website"])
    }

    @Test("a place's summary has a length limit")
    func placeProblems() {
        let place = Place(
            id: .init(UUID()), name: "Wigan", slug: "wigan", summary: String(repeating: "s", count: 401), createdAt: now
        )
        #expect(fields(place.validationProblems()) == ["summary"])
    }

    @Test("a case study and a news post report every missing field")
    func caseStudyAndNews() {
        #expect(fields(CaseStudy(id: .init(UUID()), createdAt: now).validationProblems()) == ["title", "slug", "body"])
        #expect(
            fields(NewsPost(id: .init(UUID()), slug: "UPPER", createdAt: now).validationProblems()) == [
                "title", "slug", "body",
            ])
    }

    @Test("entities encode to flat objects with snake_case keys")
    func encodedShape() throws {
        let story = Story(
            id: .init(UUID()), title: "T", slug: "t", body: "B", organisationIDs: [.init(UUID())], credit: "Ann",
            createdAt: now)
        let object = try #require(try JSONValue.encoding(story).objectValue)
        for key in [
            "id", "title", "slug", "summary", "body", "organisation_ids", "credit", "status", "created_at",
            "updated_at",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["status"] == "draft")
        #expect(try JSONValue.encoding(story).decode(Story.self) == story)
    }

    @Test("the programme needs a name and a language")
    func programmeProblems() {
        #expect(Programme(name: "Local Pilot").validationProblems() == [])
        #expect(fields(Programme(name: " ", language: "").validationProblems()) == ["name", "language"])
    }

    @Test("each kind's path segment finds the kind again")
    func kindPathSegments() {
        for kind in EntityKind.allCases {
            #expect(EntityKind(pathSegment: kind.pathSegment) == kind)
        }
        #expect(EntityKind(pathSegment: "nothing") == nil)
        #expect(!EntityKind.milestone.hasPublicPage)
        #expect(EntityKind.story.hasPublicPage)
    }

    @Test("content knows its place and enabler for filtering")
    func references() {
        let place = Place.ID(UUID())
        let enabler = Enabler.ID(UUID())
        let story = Story(id: .init(UUID()), placeID: place, enablerID: enabler, createdAt: now)
        #expect(story.placeReference == place)
        #expect(story.enablerReference == enabler)
        #expect(NewsPost(id: .init(UUID()), createdAt: now).placeReference == nil)
        #expect(LearningArea(id: .init(UUID()), enablerID: enabler, createdAt: now).enablerReference == enabler)
    }
}
