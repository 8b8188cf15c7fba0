import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport

@testable import ThreadlineSite
@testable import ThreadlineWeb

/// Story and case study pages whose inputs are unchanged are kept without rendering. These tests change one input
/// at a time and compare the whole folder, byte for byte, with a fresh export into an empty one: a page kept that
/// should have been rendered shows up as a difference.
@Suite("Static site: pages kept without rendering")
struct StaticSiteIncrementalTests {
    /// A story with a place, an enabler and organisations, and cited by no report in the demo programme.
    static let storySlug = "woodhouse-park-community-researchers"
    static let storyPage = "stories/\(storySlug)/index.html"

    /// One input of a story page other than the story itself.
    enum Change: String, CaseIterable, Sendable {
        case placeRenamed, enablerUnpublished, organisationRenamed, reportCitesStory, programmeRenamed
    }

    /// Expects `site` to hold exactly the files a fresh export of `hub` into an empty folder writes.
    static func expectSameAsFresh(
        _ site: ExportedSite, _ hub: TestHub, templates: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let fresh = ExportedSite.make()
        defer { fresh.remove() }
        try await fresh.export(hub, templates: templates)
        let expected = try fresh.allFiles()
        let actual = try site.allFiles()
        #expect(Set(actual.keys) == Set(expected.keys), sourceLocation: sourceLocation)
        for (path, data) in expected where actual[path] != data {
            Issue.record("\(path) differs from a fresh export", sourceLocation: sourceLocation)
        }
    }

    /// How many story and case study pages the site has: the pages that can be kept.
    static func fingerprinted(_ site: ExportedSite) throws -> Int {
        try site.manifest().keys.filter { $0.hasPrefix("stories/") || $0.hasPrefix("case-studies/") }.count
    }

    @Test("A changed story body renders that page only; every other story is kept and matches a fresh export")
    func changedBody() async throws {
        try await withApp { hub, _ in
            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let second = try await site.export(hub)
            #expect(second.kept == (try Self.fingerprinted(site)))
            #expect(second.kept > 4)

            var story = try #require(try await hub.store.stories.get(slug: Self.storySlug))
            story.body += "\n\nA closing line about otters."
            try await hub.store.stories.update(story)
            let third = try await site.export(hub)
            #expect(Set(third.writtenPaths) == [Self.storyPage, "search-index.json"])
            #expect(third.kept == (try Self.fingerprinted(site)) - 1)
            #expect(String(decoding: try site.data(Self.storyPage), as: UTF8.self).contains("otters"))
            let index = String(decoding: try site.data("search-index.json"), as: UTF8.self)
            #expect(index.contains("otters"))
            try await Self.expectSameAsFresh(site, hub)
        }
    }

    @Test(
        "A change to a story's place, enabler, organisation, citing report or programme renders its page again",
        arguments: Change.allCases)
    func changedInput(_ change: Change) async throws {
        try await withApp { hub, _ in
            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let story = try #require(try await hub.store.stories.get(slug: Self.storySlug))
            let before = String(decoding: try site.data(Self.storyPage), as: UTF8.self)
            let shown: String
            switch change {
            case .placeRenamed:
                let placeID = try #require(story.placeID)
                var place = try #require(try await hub.store.places.get(placeID))
                place.name = "Woodhouse Park Renamed"
                try await hub.store.places.update(place)
                shown = place.name
            case .enablerUnpublished:
                let enablerID = try #require(story.enablerID)
                var enabler = try #require(try await hub.store.enablers.get(enablerID))
                enabler.status = .draft
                try await hub.store.enablers.update(enabler)
                #expect(before.contains(SiteURL.of(enabler)))
                shown = ""
            case .organisationRenamed:
                let id = try #require(story.organisationIDs.first)
                var organisation = try #require(try await hub.store.organisations.get(id))
                organisation.name = "Renamed Researchers Collective"
                try await hub.store.organisations.update(organisation)
                shown = organisation.name
            case .reportCitesStory:
                let sectionID = try #require(ReportSection.ID(DemoReport.trustSection))
                var section = try #require(try await hub.store.reportSections.get(sectionID))
                section.body += "\n\n{{story \(Self.storySlug)}}\n"
                try await hub.store.reportSections.update(section)
                let report = try #require(Report.ID(DemoReport.id))
                _ = try await hub.store.reportVersions.publish(report, by: nil, at: TestHub.now)
                shown = DemoReport.url
                #expect(!before.contains(shown))
            case .programmeRenamed:
                var programme = try await hub.store.programme.get()
                programme.name = "Renamed Programme of Learning"
                try await hub.store.programme.save(programme)
                shown = programme.name
            }
            let summary = try await site.export(hub)
            #expect(summary.writtenPaths.contains(Self.storyPage))
            let after = String(decoding: try site.data(Self.storyPage), as: UTF8.self)
            #expect(after != before)
            if !shown.isEmpty { #expect(after.contains(shown)) }
            try await Self.expectSameAsFresh(site, hub)
        }
    }

    @Test("A changed template override renders every story and case study page again")
    func changedTemplates() async throws {
        try await withApp { hub, _ in
            let templates = FileManager.default.temporaryDirectory.appendingPathComponent(
                "threadline-templates-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: templates) }
            let builtIn = try #require(SiteResources.url("templates/story.mustache"))
            let story = try String(contentsOf: builtIn, encoding: .utf8)
            let override = templates.appendingPathComponent("story.mustache")
            try Data((story + "<!-- first -->\n").utf8).write(to: override)

            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub, templates: templates.path)
            try Data((story + "<!-- second -->\n").utf8).write(to: override)
            let summary = try await site.export(hub, templates: templates.path)
            #expect(summary.kept == 0)
            let stories = try site.manifest().keys.filter { $0.hasPrefix("stories/") }
            #expect(!stories.isEmpty)
            #expect(Set(stories).isSubset(of: Set(summary.writtenPaths)))
            #expect(String(decoding: try site.data(Self.storyPage), as: UTF8.self).contains("<!-- second -->"))
            try await Self.expectSameAsFresh(site, hub, templates: templates.path)

            // Back to the built-in templates: everything again.
            let plain = try await site.export(hub)
            #expect(plain.kept == 0)
            try await Self.expectSameAsFresh(site, hub)
        }
    }

    @Test("Without the search cache, or with a broken one, or with a page changed on disk, the output is the same")
    func missingCacheAndDamagedFiles() async throws {
        try await withApp { hub, _ in
            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let cache = site.folder.appendingPathComponent(SiteSearchCache.fileName)
            #expect(FileManager.default.fileExists(atPath: cache.path))
            let reference = try site.allFiles()

            try FileManager.default.removeItem(at: cache)
            let withoutCache = try await site.export(hub)
            #expect(withoutCache.writtenPaths == [])
            #expect(try site.allFiles() == reference)

            try Data("{\"format\":\"threadline-site-search\",\"version\":1,\"entries\":{".utf8).write(to: cache)
            _ = try await site.export(hub)
            #expect(try site.allFiles() == reference)

            // A cache entry made under a fingerprint that no longer holds is not used: here an older cache beside a
            // newer manifest, as an export stopped between writing the two would leave it.
            let olderCache = try Data(contentsOf: cache)
            var story = try #require(try await hub.store.stories.get(slug: Self.storySlug))
            story.body += "\n\nPelicans gathered."
            try await hub.store.stories.update(story)
            _ = try await site.export(hub)
            #expect(String(decoding: try site.data("search-index.json"), as: UTF8.self).contains("pelicans"))
            try olderCache.write(to: cache)
            let withOlderCache = try await site.export(hub)
            #expect(withOlderCache.writtenPaths == [])
            #expect(String(decoding: try site.data("search-index.json"), as: UTF8.self).contains("pelicans"))
            try await Self.expectSameAsFresh(site, hub)

            // A kept page whose file was cut short on disk is written again.
            let page = site.folder.appendingPathComponent(Self.storyPage)
            try Data("cut".utf8).write(to: page)
            let repaired = try await site.export(hub)
            #expect(repaired.writtenPaths == [Self.storyPage])
            try await Self.expectSameAsFresh(site, hub)

            // A manifest without page fingerprints (an older export's) means every page is rendered.
            let manifestURL = site.folder.appendingPathComponent(SiteManifest.fileName)
            var manifest = try #require(try SiteManifest.read(in: site.folder))
            manifest.pages = nil
            try manifest.data().write(to: manifestURL)
            let older = try await site.export(hub)
            #expect(older.kept == 0)
            #expect(older.writtenPaths == [])
            try await Self.expectSameAsFresh(site, hub)
        }
    }
}
