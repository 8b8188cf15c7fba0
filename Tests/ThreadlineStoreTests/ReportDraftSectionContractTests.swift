import Foundation
import SQLKit
import Testing
import ThreadlineCore

@testable import ThreadlineStore

@Suite("Report versions leave draft sections out")
struct ReportDraftSectionContractTests {
    /// A report with a published section and a draft one (a contributor's, say), stored.
    func reportWithDraft(in store: ThreadlineStore) async throws -> (
        Report, published: ReportSection, draft: ReportSection
    ) {
        let enabler = Sample.enabler(1, "Leadership")
        try await store.enablers.create(enabler)
        let area = Sample.learningArea(1, "Trust", enabler: enabler.id)
        try await store.learningAreas.create(area)
        let report = Report(
            id: Sample.id(), title: "What we learned", slug: "what-we-learned", summary: "Summary.",
            createdAt: Sample.now)
        try await store.reports.create(report)
        let published = ReportSection(
            id: Sample.id(), reportID: report.id, position: 1, title: "Promises", learningAreaID: area.id,
            body: "Kept.", status: .published, createdAt: Sample.now)
        let draft = ReportSection(
            id: Sample.id(), reportID: report.id, position: 2, title: "Half-written", learningAreaID: area.id,
            body: "Not ready.", createdAt: Sample.now)
        try await store.reportSections.create(published)
        try await store.reportSections.create(draft)
        return (report, published, draft)
    }

    @Test(
        "a new version holds published sections only; an included draft is published with it",
        arguments: StoreEngine.all)
    func draftsLeftOut(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, published, draft) = try await reportWithDraft(in: store)
            let first = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now)
            #expect(first.snapshot.sections.map(\.id) == [published.id])
            #expect(try await store.reportSections.get(draft.id)?.status == .draft)

            let second = try await store.reportVersions.publish(
                report.id, by: nil, at: Sample.now + 60, including: [draft.id])
            #expect(second.number == 2)
            #expect(second.snapshot.sections.map(\.id) == [published.id, draft.id])
            let stored = try #require(try await store.reportSections.get(draft.id))
            #expect(stored.status == .published)
            #expect(stored.publishedAt == Sample.now + 60)
            let events = try await store.audit.list(AuditQuery(entityID: draft.id.description)).items
            #expect(events.contains { $0.action == .published })

            // Unpublishing a section leaves it out of the next version.
            var withdrawn = stored
            withdrawn.status = .draft
            try await store.reportSections.update(withdrawn)
            let third = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now + 120)
            #expect(third.snapshot.sections.map(\.id) == [published.id])
        }
    }

    @Test("naming a section of another report changes nothing", arguments: StoreEngine.all)
    func strangerRefused(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, _, draft) = try await reportWithDraft(in: store)
            let stranger = ReportSection.ID(UUID())
            await #expect(throws: StoreError.self) {
                try await store.reportVersions.publish(
                    report.id, by: nil, at: Sample.now, including: [draft.id, stranger])
            }
            #expect(try await store.reportVersions.latestVersion(of: report.id) == nil)
            #expect(try await store.reportSections.get(draft.id)?.status == .draft)
            #expect(try await store.reports.get(report.id)?.status == .draft)
        }
    }

    @Test("upgrading marks published every draft section the latest version already shows", arguments: StoreEngine.all)
    func upgradeKeepsWhatReadersSee(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, published, draft) = try await reportWithDraft(in: store)
            let other = try await reportWithDraftElsewhere(in: store)
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now, including: [draft.id])
            // As an older build left it: the section in the published version, its status still draft.
            try await store.database.write { sql in
                try await sql.update("report_sections").set("status", to: "draft").set(
                    "published_at", to: SQLLiteral.null
                ).where("id", .equal, draft.id.description).run()
                for statement in SchemaMigrations.publishedReportSections.statements(for: store.database.engine) {
                    try await sql.raw(SQLQueryString(statement)).run()
                }
            }
            let upgraded = try #require(try await store.reportSections.get(draft.id))
            #expect(upgraded.status == .published)
            #expect(upgraded.publishedAt != nil)
            #expect(try await store.reportSections.get(published.id)?.status == .published)
            // A draft no version shows stays a draft.
            #expect(try await store.reportSections.get(other)?.status == .draft)
        }
    }

    @Test(
        "upgrading leaves drafts alone that only an older version showed, or that moved to another report",
        arguments: StoreEngine.all)
    func upgradeLeavesOthers(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, _, draft) = try await reportWithDraft(in: store)
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now, including: [draft.id])
            let elsewhere = try await reportWithDraftElsewhere(in: store)
            // The section left the report after version 1, then version 2 was published without it.
            var moved = try #require(try await store.reportSections.get(draft.id))
            moved.status = .draft
            try await store.reportSections.update(moved)
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now + 60)
            // A second draft that version 2 showed, then moved to another report.
            var mover = try #require(try await store.reportSections.get(elsewhere))
            mover.reportID = report.id
            mover.position = 5
            mover.status = .published
            try await store.reportSections.update(mover)
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now + 120)
            mover.status = .draft
            mover.reportID = try #require(try await store.reports.get(slug: "not-yet")).id
            try await store.reportSections.update(mover)
            try await store.database.write { sql in
                try await ShownSections.publish(on: sql, engine: store.database.engine)
            }
            #expect(try await store.reportSections.get(draft.id)?.status == .draft)
            #expect(try await store.reportSections.get(elsewhere)?.status == .draft)
        }
    }

    @Test(
        "importing a bundle whose latest version shows a draft section publishes that section",
        arguments: StoreEngine.all)
    func importKeepsWhatReadersSaw(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, _, draft) = try await reportWithDraft(in: store)
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now, including: [draft.id])
            var bundle = try await store.exportBundle()
            // As a bundle written by an older build: the section shown by the version, still marked draft.
            let index = try #require(bundle.reportSections.firstIndex { $0.id == draft.id })
            bundle.reportSections[index].status = .draft
            try await store.importBundle(bundle, replacing: true)
            #expect(try await store.reportSections.get(draft.id)?.status == .published)
        }
    }

    /// A draft section of an unpublished report.
    private func reportWithDraftElsewhere(in store: ThreadlineStore) async throws -> ReportSection.ID {
        let report = Report(
            id: Sample.id(), title: "Not yet", slug: "not-yet", summary: "Later.", createdAt: Sample.now)
        try await store.reports.create(report)
        let area = try #require(try await store.learningAreas.all(ContentQuery()).first)
        let section = ReportSection(
            id: Sample.id(), reportID: report.id, position: 1, title: "Draft", learningAreaID: area.id, body: "…",
            createdAt: Sample.now)
        try await store.reportSections.create(section)
        return section.id
    }
}
