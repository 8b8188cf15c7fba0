import ThreadlineCore
import ThreadlineStore

/// The choices offered by reference fields (a story's place, a milestone's enabler): every item of the
/// referenced kind, drafts included, labelled by its title.
struct ReferenceOptions: Sendable {
    let store: ThreadlineStore

    func options(for kind: EntityKind) async throws -> [(id: String, label: String)] {
        func all<E: ContentEntity>(_ repository: any ContentRepository<E>) async throws -> [(id: String, label: String)]
        {
            try await repository.all().map { item in
                (item.id.description, item.displayTitle + (item.isPublished ? "" : " (draft)"))
            }
        }
        switch kind {
        case .enabler: return try await all(store.enablers)
        case .learningArea: return try await all(store.learningAreas)
        case .place: return try await all(store.places)
        case .milestone: return try await all(store.milestones)
        case .organisation: return try await all(store.organisations)
        case .story: return try await all(store.stories)
        case .caseStudy: return try await all(store.caseStudies)
        case .newsPost: return try await all(store.newsPosts)
        case .testimony: return try await all(store.testimonies)
        case .clip: return try await all(store.clips)
        case .report: return try await all(store.reports)
        case .reportSection: return try await all(store.reportSections)
        case .indicator: return try await all(store.indicators)
        case .indicatorFigure: return try await all(store.indicatorFigures)
        case .countsExample: return try await all(store.countsExamples)
        case .reflectiveLog: return try await all(store.reflectiveLogs)
        case .programmeTheory: return try await all(store.programmeTheories)
        case .theoryEvidence: return try await all(store.theoryEvidence)
        }
    }
}
