import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

@Suite("Report versions and citations")
struct ReportVersionContractTests {
    /// A report with one published section about a new learning area, stored; returns the report and the section.
    func draftReport(in store: ThreadlineStore, body: String) async throws -> (Report, ReportSection) {
        let enabler = Sample.enabler(1, "Leadership")
        try await store.enablers.create(enabler)
        let area = Sample.learningArea(1, "Trust", enabler: enabler.id)
        try await store.learningAreas.create(area)
        let report = Report(
            id: Sample.id(), title: "What we learned", slug: "what-we-learned", summary: "Summary.",
            createdAt: Sample.now)
        try await store.reports.create(report)
        let section = ReportSection(
            id: Sample.id(), reportID: report.id, position: 1, title: "Promises", learningAreaID: area.id, body: body,
            status: .published, createdAt: Sample.now)
        try await store.reportSections.create(section)
        return (report, section)
    }

    @Test(
        "publishing records version 1; unchanged republishing adds nothing; a change makes version 2",
        arguments: StoreEngine.all)
    func versions(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, section) = try await draftReport(in: store, body: "{{story a-story}}")
            #expect(try await store.reportVersions.latestVersion(of: report.id) == nil)

            let first = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now)
            #expect(first.number == 1)
            #expect(first.snapshot.sections.map(\.body) == ["{{story a-story}}"])
            #expect(try await store.reports.get(report.id)?.status == .published)

            let again = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now + 60)
            #expect(again.number == 1)

            var edited = section
            edited.body = "{{story another-story}}"
            try await store.reportSections.update(edited)
            // Editing a section changes nothing readers see until the report is published again.
            #expect(try await store.reportVersions.latestVersion(of: report.id)?.number == 1)
            #expect(try await store.reportVersions.citations(of: [.story(slug: "a-story")]).count == 1)

            let second = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now + 120)
            #expect(second.number == 2)
            #expect(try await store.reportVersions.versions(of: report.id).map(\.number) == [2, 1])
            #expect(
                try await store.reportVersions.version(1, of: report.id)?.snapshot.sections.first?.body
                    == "{{story a-story}}")
            #expect(try await store.reportVersions.citations(of: [.story(slug: "a-story")]).isEmpty)
            let cited = try await store.reportVersions.citations(of: [.story(slug: "another-story")])
            #expect(cited.map(\.sectionAnchor) == ["section-1"])
            #expect(cited.map(\.reportID) == [report.id])
        }
    }

    @Test("saving a report as published through the content repository publishes a version", arguments: StoreEngine.all)
    func publishBySaving(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, _) = try await draftReport(in: store, body: "Text")
            var published = report
            published.status = .published
            published.publishedAt = Sample.now
            try await store.reports.update(published)
            #expect(try await store.reportVersions.latestVersion(of: report.id)?.number == 1)
        }
    }

    @Test("citations of an unpublished or deleted report are not listed", arguments: StoreEngine.all)
    func unpublishedCitations(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let clip = Clip.ID(UUID())
            let (report, section) = try await draftReport(in: store, body: "{{clip \(clip)}}")
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now)
            #expect(try await store.reportVersions.citations(of: [.clip(clip)]).count == 1)
            #expect(try await store.reportVersions.allCitations().count == 1)

            var draft = try #require(try await store.reports.get(report.id))
            draft.status = .draft
            try await store.reports.update(draft)
            #expect(try await store.reportVersions.citations(of: [.clip(clip)]).isEmpty)

            try await store.reports.delete(report.id)
            #expect(try await store.reportSections.get(section.id) == nil)
            #expect(try await store.reportVersions.versions(of: report.id).isEmpty)
        }
    }

    @Test(
        "reports travel with every published version; unpublished edits stay unpublished after an import",
        arguments: StoreEngine.all)
    func bundle(engine: StoreEngine) async throws {
        let bundle = try await engine.withStore { store async throws in
            let (report, section) = try await draftReport(in: store, body: "{{journey wigan}}")
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now)
            var edited = section
            edited.body = "{{journey stockport}}"
            try await store.reportSections.update(edited)
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now + 60)
            edited.body = "Not published yet."
            try await store.reportSections.update(edited)
            return try await store.exportBundle()
        }
        #expect(bundle.reports.count == 1)
        #expect(bundle.reportSections.map(\.body) == ["Not published yet."])
        let report = try #require(bundle.reports.first)
        #expect(bundle.reportVersions[report.id]?.map(\.number) == [1, 2])
        // The file itself carries them, and reads back the same.
        let data = try ProgrammeBundleWriter().data(for: bundle)
        #expect(String(decoding: data, as: UTF8.self).contains("\"published_versions\""))
        let reread = try ProgrammeBundleReader(now: Sample.now).read(data)
        #expect(
            reread.reportVersions[report.id]?.map { $0.snapshot.sections.first?.body } == [
                "{{journey wigan}}", "{{journey stockport}}",
            ])
        try await engine.withStore { store async throws in
            try await store.importBundle(reread, replacing: false)
            #expect(try await store.reportVersions.versions(of: report.id).map(\.number) == [2, 1])
            let latest = try #require(try await store.reportVersions.latestVersion(of: report.id))
            #expect(latest.snapshot.sections.map(\.body) == ["{{journey stockport}}"])
            #expect(try await store.reportVersions.citations(of: [.journey(placeSlug: "stockport")]).count == 1)
            #expect(try await store.reportVersions.citations(of: [.journey(placeSlug: "wigan")]).isEmpty)
        }
    }

    @Test("an imported published report with no versions is published as it stands", arguments: StoreEngine.all)
    func bundleWithoutVersions(engine: StoreEngine) async throws {
        var bundle = try await engine.withStore { store async throws in
            let (report, _) = try await draftReport(in: store, body: "{{story a}}")
            _ = try await store.reportVersions.publish(report.id, by: nil, at: Sample.now)
            return try await store.exportBundle()
        }
        bundle.reportVersions = [:]
        try await engine.withStore { store async throws in
            try await store.importBundle(bundle, replacing: false)
            let report = try #require(bundle.reports.first)
            #expect(try await store.reportVersions.latestVersion(of: report.id)?.number == 1)
            #expect(try await store.reportVersions.citations(of: [.story(slug: "a")]).count == 1)
        }
    }

    @Test("sections come back in reading order", arguments: StoreEngine.all)
    func sectionOrder(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (report, first) = try await draftReport(in: store, body: "One")
            let zero = ReportSection(
                id: Sample.id(), reportID: report.id, position: 0, title: "Preface",
                learningAreaID: first.learningAreaID,
                createdAt: Sample.now)
            try await store.reportSections.create(zero)
            #expect(try await store.reportVersions.sections(of: report.id).map(\.title) == ["Preface", "Promises"])
        }
    }
}
