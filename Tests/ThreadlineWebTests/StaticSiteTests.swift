import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport

@testable import ThreadlineSite
@testable import ThreadlineWeb

@Suite("Static site")
struct StaticSiteTests {
    /// Files that only the static site has: the server answers these needs itself.
    static let staticOnly: Set<String> = ["search-index.json", "sitemap.xml", "robots.txt"]
    /// The footer's link to the workspace, on every page the server sends and on none of the static site's.
    static let workspaceLink = " · <a href=\"/workspace\">Workspace</a>"

    @Test("Every file written holds exactly the bytes the server sends an anonymous reader at that address")
    func sameBytesAsServer() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub, scope: .publicAnonymised)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let clip = try await TestimonyFixtures.clip(of: testimony, hub: hub)
            // Stories are listed place by place; one with no place must not be missed.
            let placeless = Story(
                id: RandomIDGenerator().next(), title: "A story of no place", slug: "a-story-of-no-place",
                body: "Told everywhere.", status: .published, createdAt: TestHub.now, publishedAt: TestHub.now)
            try await hub.store.stories.create(placeless)
            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let manifest = try site.manifest()
            // Every public page is there: each published story, case study, place, enabler, area and news post.
            let published: [String] =
                try await hub.store.stories.all(.published).map { SiteURL.of($0) }
                + hub.store.caseStudies.all(.published).map { SiteURL.of($0) }
                + hub.store.places.all(.published).map { SiteURL.of($0) }
                + hub.store.enablers.all(.published).map { SiteURL.of($0) }
                + hub.store.learningAreas.all(.published).map { SiteURL.of($0) }
                + hub.store.newsPosts.all(.published).map { SiteURL.of($0) }
            #expect(published.contains("/stories/a-story-of-no-place"))
            for address in published {
                #expect(manifest[String(address.dropFirst()) + "/index.html"] != nil, "\(address) was not written")
            }
            let base = "testimony/\(testimony.id)"
            for path in [
                "index.html", "feed.atom", "404.html", "news/index.html", "search/index.html", "assets/threadline.css",
                "assets/site-search.js", "\(base)/index.html", "\(base)/recording", "\(base)/captions.vtt",
                "\(base)/transcript.vtt", "\(base)/transcript.srt", "\(base)/transcript.txt",
                "clips/\(clip.id)/index.html",
            ] {
                #expect(manifest[path] != nil, "\(path) was not written")
            }
            #expect(manifest.keys.contains { $0.hasPrefix("stories/") })
            #expect(manifest.keys.contains { $0.hasPrefix("places/") })

            var compared = 0
            for path in manifest.keys.sorted() where !Self.staticOnly.contains(path) {
                let address = path == "404.html" ? "/no-such-page" : ExportedSite.address(of: path)
                let response = try await client.execute(uri: address, method: .get)
                #expect(response.status == (path == "404.html" ? .notFound : .ok), "GET \(address)")
                var expected = Data(buffer: response.body)
                if path.hasSuffix(".html") {
                    // The static site holds no workspace, so its footer does not link one.
                    let html = String(decoding: expected, as: UTF8.self)
                    #expect(html.contains(Self.workspaceLink), "the server's \(address) links the workspace")
                    expected = Data(html.replacingOccurrences(of: Self.workspaceLink, with: "").utf8)
                    #expect(
                        !String(decoding: try site.data(path), as: UTF8.self).contains("href=\"/workspace"),
                        "\(path) links the workspace, which the static site does not contain")
                }
                if path == "search/index.html" {
                    // The one page that differs on purpose: the static search answers in the browser.
                    var html = String(decoding: expected, as: UTF8.self)
                    let end = try #require(html.range(of: "</body>", options: .backwards))
                    html.insert(
                        contentsOf: "<script src=\"/assets/site-search.js\" defer></script>\n", at: end.lowerBound)
                    expected = Data(html.utf8)
                }
                #expect(try site.data(path) == expected, "\(path) is not what the server sends for \(address)")
                compared += 1
            }
            #expect(compared == manifest.count - Self.staticOnly.count)
        }
    }

    /// A testimony that the public must never see, with its own title, transcript words and recording.
    private struct Hidden {
        var testimony: Testimony
        var clip: Clip
        var word: String
        var recordingSHA256: String?
    }

    private func hiddenTestimony(
        _ number: Int, scope: ConsentScope, state: ConsentState, status: PublicationStatus, hub: TestHub,
        client: any TestClientProtocol
    ) async throws -> Hidden {
        // Made public first, so that the recording and transcript go in as they would; then taken out of view.
        var testimony = try await TestimonyFixtures.testimony(hub: hub, scope: .publicNamed)
        let word = "zanzibarword\(number)"
        let token = try await hub.token(for: hub.editor)
        let upload = try await client.execute(
            uri: "/api/v1/testimony/\(testimony.id)/recording?name=interview.wav", method: .put,
            headers: headers(bearer: token, contentType: "audio/wav"),
            body: ByteBuffer(bytes: TestimonyFixtures.wav(milliseconds: 4000 + 100 * number)))
        #expect(upload.status == .ok, "upload: \(upload.text)")
        let transcript = try await client.execute(
            uri: "/api/v1/testimony/\(testimony.id)/transcript", method: .put, headers: headers(bearer: token),
            body: ByteBuffer(string: "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Amina Bello>We said \(word) often.\n"))
        #expect(transcript.status == .ok, "transcript: \(transcript.text)")
        testimony = try #require(try await hub.store.testimonies.get(testimony.id))
        testimony.title = "Hidden testimony number \(number)"
        testimony.consentScope = scope
        switch state {
        case .current: break
        case .expired: testimony.consentExpiresOn = PartialDate("2023-01-01")
        case .withdrawn: testimony.consentWithdrawnOn = PartialDate("2023-06-01")
        }
        testimony.status = status
        try await hub.store.testimonies.update(testimony)
        var clip = try await TestimonyFixtures.clip(of: testimony, hub: hub)
        clip.title = "Hidden clip number \(number)"
        try await hub.store.clips.update(clip)
        return Hidden(testimony: testimony, clip: clip, word: word, recordingSHA256: testimony.mediaSHA256)
    }

    @Test("Drafts, internal, withdrawn and expired testimony, and their clips, appear in no file at all")
    func privateItemsNeverAppear() async throws {
        try await withApp { hub, client in
            let salford = try await hub.place("salford")
            let draftStory = Story(
                id: RandomIDGenerator().next(), title: "Quokka draft headline", slug: "quokka-draft-story",
                summary: "Unpublished.", body: "A marmosetword secret.", placeID: salford.id, status: .draft,
                createdAt: TestHub.now)
            try await hub.store.stories.create(draftStory)
            let draftPlace = Place(
                id: RandomIDGenerator().next(), name: "Narwhal Draft Town", slug: "narwhal-draft-town",
                summary: "Not yet public.", status: .draft, createdAt: TestHub.now)
            try await hub.store.places.create(draftPlace)
            let hidden = [
                try await hiddenTestimony(
                    1, scope: .internalOnly, state: .current, status: .published, hub: hub, client: client),
                try await hiddenTestimony(
                    2, scope: .publicNamed, state: .withdrawn, status: .published, hub: hub, client: client),
                try await hiddenTestimony(
                    3, scope: .publicAnonymised, state: .expired, status: .published, hub: hub, client: client),
                try await hiddenTestimony(
                    4, scope: .publicNamed, state: .current, status: .draft, hub: hub, client: client),
            ]
            // The control: public testimony whose words must be found, or this test could not fail.
            let shown = try await TestimonyFixtures.testimony(hub: hub, scope: .publicAnonymised)
            try await TestimonyFixtures.equip(shown, hub: hub, client: client)

            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let files = try site.allFiles()
            #expect(files.count > 20)
            var secrets = [
                draftStory.title, draftStory.slug, draftStory.id.description, "marmosetword", draftPlace.name,
                draftPlace.slug, draftPlace.id.description, "Amina Bello",
            ]
            for draft in try await hub.draftStories() where draft.id != draftStory.id {
                secrets += [draft.title, draft.slug, draft.id.description]
            }
            for post in try await hub.draftNewsPosts() { secrets += [post.title, post.slug, post.id.description] }
            for item in hidden {
                secrets += [
                    item.testimony.title, item.testimony.id.description, item.clip.title, item.clip.id.description,
                    item.word,
                ]
                if let sha = item.recordingSHA256 { secrets.append(sha) }
            }
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for secret in secrets {
                    #expect(!text.contains(secret), "\(path) shows \"\(secret)\"")
                    #expect(!path.contains(secret), "\(path) is named after \"\(secret)\"")
                }
            }
            let recordings = Set(files.filter { $0.key.hasSuffix("/recording") }.values.map(SiteFileWriter.sha256))
            for item in hidden {
                if let sha = item.recordingSHA256 {
                    #expect(!recordings.contains(sha), "a hidden recording was copied")
                }
            }
            // The control is there: its page, transcript and search entry.
            #expect(files["testimony/\(shown.id)/index.html"] != nil)
            let transcript = try #require(files["testimony/\(shown.id)/transcript.txt"])
            #expect(String(decoding: transcript, as: UTF8.self).contains("People began to trust each other."))
            let index = try #require(files["search-index.json"])
            #expect(String(decoding: index, as: UTF8.self).contains("/testimony/\(shown.id)"))
        }
    }

    @Test("A second export writes nothing; a changed story rewrites only files whose bytes changed; a deleted one goes")
    func incremental() async throws {
        try await withApp { hub, _ in
            let site = ExportedSite.make()
            defer { site.remove() }
            let first = try await site.export(hub)
            #expect(first.written == first.files)
            // A file someone else put there is never touched.
            let foreign = site.folder.appendingPathComponent("CNAME")
            try Data("evidence.example.org\n".utf8).write(to: foreign)

            let second = try await site.export(hub)
            #expect(second.writtenPaths == [])
            #expect(second.removedPaths == [])
            #expect(second.unchanged == first.files)

            let stories = try await hub.store.stories.all(.published)
            var story = try #require(stories.first { $0.placeID != nil })
            let other = try #require(stories.first { $0.id != story.id })
            let before = try site.allFiles()
            story.body += "\n\nA closing line about otters."
            try await hub.store.stories.update(story)
            let third = try await site.export(hub)
            let storyPage = "stories/\(story.slug)/index.html"
            #expect(Set(third.writtenPaths) == [storyPage, "search-index.json"])
            let after = try site.allFiles()
            for path in third.writtenPaths {
                #expect(before[path] != after[path], "\(path) was rewritten with the same bytes")
            }
            #expect(String(decoding: try site.data(storyPage), as: UTF8.self).contains("otters"))

            try await hub.store.stories.delete(story.id)
            let fourth = try await site.export(hub)
            #expect(fourth.removedPaths == [storyPage])
            #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(storyPage).path))
            #expect(
                !FileManager.default.fileExists(
                    atPath: site.folder.appendingPathComponent("stories/\(story.slug)").path))
            #expect(!fourth.writtenPaths.contains("stories/\(other.slug)/index.html"))
            #expect(fourth.writtenPaths.contains("search-index.json"))
            #expect(FileManager.default.fileExists(atPath: foreign.path))
            #expect(try site.manifest()["CNAME"] == nil)
        }
    }

    @Test("sitemap.xml lists exactly the pages written, under the base URL; robots.txt points at it, here and served")
    func sitemapAndRobots() async throws {
        try await withApp { hub, client in
            // Testimony the public may see is listed; testimony kept internal is not, by the server or the export.
            let shown = try await TestimonyFixtures.testimony(hub: hub, scope: .publicAnonymised)
            let kept = try await TestimonyFixtures.testimony(hub: hub, scope: .internalOnly)
            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let base = hub.dependencies.configuration.baseURL
            let pages = try site.manifest().keys.filter { $0.hasSuffix("index.html") }
            let expected = Set(pages.map { base + ExportedSite.address(of: $0) })
            let xml = String(decoding: try site.data("sitemap.xml"), as: UTF8.self)
            let listed = xml.components(separatedBy: "<loc>").dropFirst().compactMap {
                $0.components(separatedBy: "</loc>").first
            }
            #expect(listed.count == expected.count)
            #expect(Set(listed) == expected)
            #expect(listed.contains("\(base)/"))
            #expect(listed.contains("\(base)/search"))
            #expect(!listed.contains { $0.contains("404") })
            #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
            let robots = String(decoding: try site.data("robots.txt"), as: UTF8.self)
            #expect(robots == "User-agent: *\nAllow: /\nSitemap: \(base)/sitemap.xml\n")
            // The server answers the same robots.txt.
            let served = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(served.status == .ok)
            #expect(String(buffer: served.body) == robots)
            // And the same sitemap, page for page.
            let servedMap = try await client.execute(uri: "/sitemap.xml", method: .get)
            #expect(servedMap.status == .ok)
            #expect(servedMap.headers[.contentType] == "application/xml; charset=utf-8")
            #expect(String(buffer: servedMap.body) == xml)
            #expect(xml.contains("/testimony/\(shown.id)<"))
            #expect(!xml.contains("/testimony/\(kept.id)"))
        }
    }

    @Test("A non-empty folder that no export wrote is refused, and kept as it was; --force writes beside its files")
    func foreignFolderRefused() async throws {
        try await withApp(loadDemo: true) { hub, _ in
            let site = ExportedSite.make()
            defer { site.remove() }
            try FileManager.default.createDirectory(at: site.folder, withIntermediateDirectories: true)
            let notes = site.folder.appendingPathComponent("notes.txt")
            try Data("mine".utf8).write(to: notes)
            await #expect(throws: SiteExportError.foreignDirectory(path: site.folder.standardizedFileURL.path)) {
                try await site.export(hub)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.folder.path) == ["notes.txt"])

            let forced = try await site.export(hub, force: true)
            #expect(forced.written > 10)
            #expect(try Data(contentsOf: notes) == Data("mine".utf8))
            // Once it has a manifest the folder is the exporter's; its other files are still left alone.
            let again = try await site.export(hub)
            #expect(again.written == 0)
            #expect(FileManager.default.fileExists(atPath: notes.path))
        }
    }

    @Test("A file in the way of the output folder gives a sentence naming it")
    func unwritableOutput() async throws {
        try await withApp(loadDemo: false) { hub, _ in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("site-file-\(UUID().uuidString)")
            try Data("x".utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let error = await #expect(throws: SiteExportError.self) {
                try await SiteExporter(
                    store: hub.store, configuration: hub.dependencies.configuration, outputPath: file.path
                ).export()
            }
            #expect(error?.description.contains(file.lastPathComponent) == true)
        }
    }

    @Test("Addresses that would leave the folder or hide a file are refused")
    func unsafeAddresses() throws {
        #expect(try SiteOutputPath.page("/") == "index.html")
        #expect(try SiteOutputPath.page("/stories/a-b") == "stories/a-b/index.html")
        #expect(try SiteOutputPath.file("/feed.atom") == "feed.atom")
        for address in ["/../etc", "/stories/..", "/a//b", "/.hidden", "stories", "/a/b c", "/a/\u{0}"] {
            #expect(throws: SiteExportError.unsafePath(address)) { try SiteOutputPath.page(address) }
        }
    }

    @Test("The search index lists public items with their words, compactly")
    func searchIndex() async throws {
        try await withApp { hub, _ in
            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let index = try JSONValue.parse(try site.data("search-index.json"))
            let items = try #require(index["items"]?.arrayValue)
            let story = try #require(try await hub.store.stories.all(.published).first)
            let entry = try #require(items.first { $0["u"]?.stringValue == "/stories/\(story.slug)" })
            #expect(entry["t"]?.stringValue == story.title)
            #expect(entry["k"]?.stringValue == "stories")
            let words = try #require(entry["w"]?.stringValue).split(separator: " ")
            #expect(Set(words).count == words.count)
            let bodyWord = try #require(story.body.lowercased().split { !$0.isLetter }.first { $0.count > 4 })
            #expect(words.contains(bodyWord))
        }
    }

    @Test("Search words are distinct and lower-cased; excerpts end at a whole word")
    func wordsAndExcerpts() {
        #expect(
            SiteSearchEntry.words(["The council, the COUNCIL and Åsa's café 2022; a"])
                == "the council and åsa café 2022")
        #expect(SiteSearchEntry.cut("one two three", limit: 7) == "one two…")
        #expect(SiteSearchEntry.cut("one two", limit: 7) == "one two")
        #expect(SiteSearchEntry.cut("abcdefghij", limit: 4) == "abcd…")
        #expect(SiteSearchEntry.cut("  lead\n\n space ", limit: 50) == "lead space")
    }
}
