import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

/// Content and users for store tests, dated by a fixed clock.
enum Sample {
    /// The instant every sample is created at.
    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    /// A password that satisfies the rules.
    static let password = "correct horse battery staple"

    static func id<E>() -> EntityID<E> { EntityID(UUID()) }

    static func date(_ text: String) -> PartialDate {
        guard let date = PartialDate(text) else { fatalError("\(text) is not a partial date") }
        return date
    }

    static func enabler(
        _ number: Int, _ name: String, slug: String? = nil, status: PublicationStatus = .draft
    ) -> Enabler {
        Enabler(
            id: id(), number: number, name: name, slug: slug ?? Slug.make(from: name), summary: "About \(name)",
            definition: "What \(name) means.", programmeTheory: "Context → mechanism → outcome.", status: status,
            createdAt: now
        )
    }

    static func place(_ name: String, slug: String? = nil, status: PublicationStatus = .draft) -> Place {
        Place(
            id: id(), name: name, slug: slug ?? Slug.make(from: name), summary: "\(name) in brief",
            body: "The journey of **\(name)**.", status: status, createdAt: now
        )
    }

    static func milestone(
        _ title: String, in place: Place.ID?, on date: String, enabler: Enabler.ID? = nil,
        status: PublicationStatus = .draft
    ) -> Milestone {
        Milestone(
            id: id(), placeID: place, date: Self.date(date), title: title, description: "What happened: \(title).",
            enablerID: enabler, status: status, createdAt: now
        )
    }

    static func organisation(_ name: String, in place: Place.ID? = nil, website: String? = nil) -> Organisation {
        Organisation(
            id: id(), name: name, slug: Slug.make(from: name), sector: "Voluntary sector", placeID: place,
            website: website, description: "Who \(name) are.", createdAt: now
        )
    }

    static func story(
        _ title: String, in place: Place.ID? = nil, enabler: Enabler.ID? = nil,
        organisations: [Organisation.ID] = [], status: PublicationStatus = .draft, author: User.ID? = nil
    ) -> Story {
        Story(
            id: id(), title: title, slug: Slug.make(from: title), summary: "In short: \(title)",
            body: "The story of \(title).", placeID: place, enablerID: enabler, organisationIDs: organisations,
            credit: "Told by a resident", status: status, authorID: author, createdAt: now,
            publishedAt: status == .published ? now : nil
        )
    }

    static func learningArea(
        _ position: Int, _ title: String, enabler: Enabler.ID, story: Story.ID? = nil, questions: [String] = []
    ) -> LearningArea {
        LearningArea(
            id: id(), position: position, title: title, slug: Slug.make(from: title), outline: "What we learned.",
            enablerID: enabler, featuredStoryID: story, questions: questions, createdAt: now
        )
    }

    static func caseStudy(
        _ title: String, in place: Place.ID? = nil, enabler: Enabler.ID? = nil, organisations: [Organisation.ID] = [],
        format: CaseStudyFormat = .deepDive
    ) -> CaseStudy {
        CaseStudy(
            id: id(), title: title, slug: Slug.make(from: title), format: format, summary: "Summary",
            body: "Body of \(title).", placeID: place, enablerID: enabler, organisationIDs: organisations,
            createdAt: now
        )
    }

    static func news(_ title: String, published: Date? = nil, created: Date = now) -> NewsPost {
        NewsPost(
            id: id(), title: title, slug: Slug.make(from: title), summary: "News", body: "Body of \(title).",
            status: published == nil ? .draft : .published, createdAt: created, publishedAt: published
        )
    }

    static func user(_ email: String, role: Role = .editor) -> User {
        User(id: id(), email: email, displayName: "Person \(email)", role: role, createdAt: now)
    }
}

/// The problems of a `StoreError.conflict` thrown by `body`, recording an issue when it throws anything else.
func conflictProblems(
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
) async -> [FieldProblem] {
    do {
        try await body()
        Issue.record("Expected StoreError.conflict, but nothing was thrown", sourceLocation: sourceLocation)
    } catch StoreError.conflict(let problems) {
        return problems
    } catch {
        Issue.record("Expected StoreError.conflict, got \(error)", sourceLocation: sourceLocation)
    }
    return []
}

/// Records an issue unless `body` throws `StoreError.notFound`.
func expectNotFound(sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void) async {
    do {
        try await body()
        Issue.record("Expected StoreError.notFound, but nothing was thrown", sourceLocation: sourceLocation)
    } catch StoreError.notFound {
        return
    } catch {
        Issue.record("Expected StoreError.notFound, got \(error)", sourceLocation: sourceLocation)
    }
}
