import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Public pages")
struct PublicPagesTests {
    // MARK: Pages of the demo programme

    @Test("The home page lists the enablers, learning areas, places and latest news")
    func homePage() async throws {
        try await withApp { hub, client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.contentType?.hasPrefix("text/html") == true)
            let html = response.text
            #expect(html.contains(escaped("GM Moving: the Local Pilot in Greater Manchester")))

            let enablers = try await hub.store.enablers.list(.published).items
            #expect(enablers.count == 5)
            for enabler in enablers {
                #expect(html.contains(escaped(enabler.name)), "home lacks enabler \(enabler.name)")
                #expect(html.contains("href=\"/enablers/\(enabler.slug)\""))
            }
            // Listed in their own section, numbered in order: 1 before 2 before … 5.
            let section = try #require(htmlSection(html, id: "enablers-title"), "no enablers section")
            let positions = enablers.sorted { $0.number < $1.number }.map {
                offset(of: "<span class=\"number\">\($0.number).</span> \(escaped($0.name))</a>", in: section)
            }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())

            let areas = try #require(htmlSection(html, id: "areas-title"), "no learning areas section")
            for (title, slug) in [
                (
                    "New governance structures for policy implementation",
                    "new-governance-structures-for-policy-implementation"
                ),
                ("Sustaining collaboration", "sustaining-collaboration"),
                ("Entrusting community leadership", "entrusting-community-leadership"),
            ] {
                #expect(areas.contains("<a href=\"/areas/\(slug)\">\(title)</a>"), "home lacks learning area \(title)")
            }

            let places = try #require(htmlSection(html, id: "places-title"), "no places section")
            for (name, slug) in [
                ("Manchester", "manchester"), ("Salford", "salford"), ("Stockport", "stockport"), ("Wigan", "wigan"),
            ] {
                #expect(places.contains("<a href=\"/places/\(slug)\">\(name)</a>"), "home lacks place \(name)")
            }

            // The latest three published posts, newest first; the oldest (2020) is left for /news.
            let news = try #require(htmlSection(html, id: "news-title"), "no latest news section")
            #expect(news.contains("Latest news"))
            let latest = [
                "/news/wigan-athletics-coach-uk-coaching-award-nomination",
                "/news/local-pilot-learning-report-october-2022",
                "/news/gm-moving-team-changes",
            ].map { offset(of: "href=\"\($0)\"", in: news) }
            #expect(latest.allSatisfy { $0 != nil })
            #expect(latest.compactMap { $0 } == latest.compactMap { $0 }.sorted())
            #expect(!html.contains("/news/fa-womens-and-girls-game-strategy"))
        }
    }

    @Test("Every enabler has a page with its definition, learning areas and milestones")
    func enablerPages() async throws {
        try await withApp { hub, client in
            for enabler in try await hub.store.enablers.list(.published).items {
                let response = try await client.execute(uri: "/enablers/\(enabler.slug)", method: .get)
                #expect(response.status == .ok, "/enablers/\(enabler.slug)")
                #expect(response.text.contains("System enabler \(enabler.number)"))
                #expect(response.text.contains("<h1 id=\"page-title\">\(escaped(enabler.name))</h1>"))
                #expect(response.text.contains("What it means"))
            }
            let governance = try await client.execute(
                uri: "/enablers/transforming-governance-and-process", method: .get)
            let html = governance.text
            #expect(html.contains("href=\"/areas/new-governance-structures-for-policy-implementation\""))
            #expect(html.contains("href=\"/stories/stockport-closes-its-local-pilot-steering-group\""))
            // Its milestones, each with its date as written and its place.
            #expect(html.contains("<time datetime=\"2022-07\">July 2022</time>"))
            #expect(html.contains("Partners review how the pilot is governed"))
            #expect(html.contains("href=\"/places/stockport\""))
        }
    }

    @Test("A learning area shows its outline, its featured story and questions to consider")
    func learningAreaPages() async throws {
        try await withApp { hub, client in
            let areas = try await hub.store.learningAreas.list(.published).items
            #expect(areas.count == 3)
            for area in areas {
                let response = try await client.execute(uri: "/areas/\(area.slug)", method: .get)
                #expect(response.status == .ok, "/areas/\(area.slug)")
                let html = response.text
                #expect(html.contains("Questions you could consider"))
                for question in area.questions {
                    #expect(html.contains("<li>\(escaped(question))</li>"), "\(area.slug) lacks a question")
                }
                let storyID = try #require(area.featuredStoryID)
                let story = try #require(try await hub.store.stories.get(storyID))
                #expect(html.contains("A local story: \(escaped(story.title))"), "\(area.slug) lacks its story")
                #expect(html.contains("href=\"/stories/\(story.slug)\""))
            }
            let governance = try await client.execute(
                uri: "/areas/new-governance-structures-for-policy-implementation", method: .get)
            #expect(governance.text.contains("Stockport closes its Local Pilot steering group"))
            #expect(governance.text.contains("From <a href=\"/places/stockport\">Stockport</a>"))
            #expect(governance.text.contains("href=\"/enablers/transforming-governance-and-process\""))
        }
    }

    @Test("A place shows its journey in date order, dates as written, and the organisations involved")
    func placePage() async throws {
        try await withApp { hub, client in
            let response = try await client.execute(uri: "/places/stockport", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<h1 id=\"page-title\">Stockport</h1>"))
            #expect(html.contains("<time datetime=\"2022-07\">July 2022</time>"))
            #expect(html.contains("<time datetime=\"2021-03\">March 2021</time>"))
            #expect(html.contains("<time datetime=\"2020\">2020</time>"))
            let order = ["datetime=\"2020\"", "datetime=\"2021-03\"", "datetime=\"2022-07\""].map {
                offset(of: $0, in: html)
            }
            #expect(order.allSatisfy { $0 != nil })
            #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
            #expect(html.contains("Local Pilot steering group disbanded"))

            // Based in Stockport, and named by its published story.
            #expect(html.contains("Organisations involved"))
            #expect(html.contains("ONE Stockport partnership"))
            #expect(html.contains(">GM Moving</a>"))
            #expect(html.contains("href=\"https://www.gmmoving.co.uk\""))
            #expect(!html.contains("Salford Youth Service"))
            #expect(html.contains("href=\"/stories/stockport-closes-its-local-pilot-steering-group\""))
        }
    }

    @Test("A milestone added later with an earlier date still takes its place in the journey")
    func placeJourneyIsSortedByDate() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let milestone = Milestone(
                id: RandomIDGenerator().next(), placeID: stockport.id, date: PartialDate("2019-05"),
                title: "An earlier start", status: .published, createdAt: TestHub.now, publishedAt: TestHub.now
            )
            try await hub.store.milestones.create(milestone)
            let html = try await client.execute(uri: "/places/stockport", method: .get).text
            let order = ["datetime=\"2019-05\"", "datetime=\"2020\"", "datetime=\"2021-03\"", "datetime=\"2022-07\""]
                .map { offset(of: $0, in: html) }
            #expect(order.allSatisfy { $0 != nil })
            #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
            #expect(html.contains("<time datetime=\"2019-05\">May 2019</time>"))
        }
    }

    @Test("A story page shows its body as HTML, its place, enabler, credit and organisations")
    func storyPage() async throws {
        try await withApp { _, client in
            let response = try await client.execute(
                uri: "/stories/stockport-closes-its-local-pilot-steering-group", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<p class=\"kicker\">Local story</p>"))
            #expect(html.contains("<h1 id=\"page-title\">Stockport closes its Local Pilot steering group</h1>"))
            #expect(html.contains("Place: <a href=\"/places/stockport\">Stockport</a>"))
            #expect(html.contains("href=\"/enablers/transforming-governance-and-process\""))
            // Markdown became HTML: the "## The decision" heading and the "- " list.
            #expect(html.contains("The decision</h2>"))
            #expect(html.contains("<li>to stop using pilot-only labels and vocabulary;</li>"))
            #expect(!html.contains("## The decision"))
            #expect(html.contains("Told by GM Moving evidence and evaluation team"))
            #expect(html.contains("ONE Stockport partnership"))
            #expect(html.contains("<title>Stockport closes its Local Pilot steering group · "))
        }
    }

    @Test("There is a case study of each format, each page labelled with its format")
    func caseStudyPages() async throws {
        try await withApp { hub, client in
            let studies = try await hub.store.caseStudies.list(.published).items
            for format in CaseStudyFormat.allCases {
                let study = try #require(studies.first { $0.format == format }, "no \(format) case study in the demo")
                let response = try await client.execute(uri: "/case-studies/\(study.slug)", method: .get)
                #expect(response.status == .ok, "/case-studies/\(study.slug)")
                #expect(response.text.contains("<p class=\"kicker\">\(escaped(format.label))</p>"))
                #expect(response.text.contains("<h1 id=\"page-title\">\(escaped(study.title))</h1>"))
            }
            let deepDive = try await client.execute(
                uri: "/case-studies/salford-community-leisure-and-youth-service-deep-dive", method: .get)
            #expect(deepDive.text.contains("Deep-dive case study"))
            #expect(deepDive.text.contains("Sheffield Hallam University"))
            let salford = try await client.execute(uri: "/places/salford", method: .get)
            #expect(salford.text.contains("(Deep-dive case study)"))
        }
    }

    @Test("The news list shows every published post, newest first, and a post has its own page")
    func newsPages() async throws {
        try await withApp { hub, client in
            let list = try await client.execute(uri: "/news", method: .get)
            #expect(list.status == .ok)
            let published = try await hub.store.newsPosts.list(.published).items
            #expect(published.count == 4)
            let positions = published.sorted { ($0.publishedAt ?? .distantPast) > ($1.publishedAt ?? .distantPast) }
                .map { offset(of: "href=\"/news/\($0.slug)\"", in: list.text) }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
            #expect(list.text.contains(escaped("The FA launches a new strategy for the women's and girls' game")))

            let post = try await client.execute(
                uri: "/news/wigan-athletics-coach-uk-coaching-award-nomination", method: .get)
            #expect(post.status == .ok)
            #expect(
                post.text.contains(
                    "<h1 id=\"page-title\">Wigan athletics coach nominated for a UK Coaching award</h1>"))
            #expect(post.text.contains("<time datetime=\"2022-11-03\">3 November 2022</time>"))
            #expect(post.text.contains("href=\"/stories/wigan-athletics-coach-nominated-for-national-award\""))
        }
    }

    // MARK: The feed

    @Test("/feed.atom is well-formed Atom listing exactly the published news")
    func atomFeed() async throws {
        try await withApp { hub, client in
            let response = try await client.execute(uri: "/feed.atom", method: .get)
            #expect(response.status == .ok)
            #expect(response.contentType?.hasPrefix("application/atom+xml") == true)
            let feed = try AtomReader.read(Data(buffer: response.body))
            #expect(feed.rootName == "feed")
            #expect(feed.rootNamespace == "http://www.w3.org/2005/Atom")
            let published = try await hub.store.newsPosts.list(.published).items
            #expect(Set(feed.entryTitles) == Set(published.map(\.title)))
            #expect(feed.entryTitles.count == published.count)
            #expect(
                Set(feed.entryLinks) == Set(published.map { "https://hub.test/news/\($0.slug)" }),
                "entry links are absolute, on the configured base URL")
            for draft in try await hub.draftNewsPosts() {
                #expect(!feed.entryTitles.contains(draft.title))
                #expect(!response.text.contains(draft.slug))
            }
        }
    }

    // MARK: Drafts

    @Test("Drafts have no public page and appear in no list, page or feed")
    func draftsStayPrivate() async throws {
        try await withApp { hub, client in
            let stories = try await hub.draftStories()
            let posts = try await hub.draftNewsPosts()
            try #require(!stories.isEmpty && !posts.isEmpty, "the demo ships a draft story and a draft news post")
            // A draft story that names an organisation nobody else in Stockport does.
            let stockport = try await hub.place("stockport")
            let fa = try #require(try await hub.store.organisations.get(slug: "the-fa"))
            var secret = Story(
                id: RandomIDGenerator().next(), title: "Unfinished draft about Stockport", slug: "unfinished-draft",
                body: "Not ready.", placeID: stockport.id, organisationIDs: [fa.id], createdAt: TestHub.now
            )
            secret.status = .draft
            try await hub.store.stories.create(secret)

            for story in stories + [secret] {
                let page = try await client.execute(uri: "/stories/\(story.slug)", method: .get)
                #expect(page.status == .notFound, "/stories/\(story.slug) is a draft")
                #expect(!page.text.contains(escaped(story.title)))
            }
            for post in posts {
                let page = try await client.execute(uri: "/news/\(post.slug)", method: .get)
                #expect(page.status == .notFound, "/news/\(post.slug) is a draft")
            }
            let pages = ["/", "/news", "/feed.atom", "/places/stockport", "/enablers/learning-and-adapting"]
            for uri in pages {
                let text = try await client.execute(uri: uri, method: .get).text
                for story in stories + [secret] {
                    #expect(!text.contains(story.slug), "\(uri) links the draft story \(story.slug)")
                    #expect(!text.contains(escaped(story.title)), "\(uri) names the draft story")
                }
                for post in posts {
                    #expect(!text.contains(post.slug), "\(uri) links the draft post \(post.slug)")
                    #expect(!text.contains(escaped(post.title)), "\(uri) names the draft post")
                }
            }
            let stockportPage = try await client.execute(uri: "/places/stockport", method: .get).text
            #expect(!stockportPage.contains("The FA"), "a draft's organisations are not 'involved'")
        }
    }

    @Test("A published item becomes a draft again: its page goes away")
    func unpublishedItemDisappears() async throws {
        try await withApp { hub, client in
            var story = try #require(
                try await hub.store.stories.get(slug: "wigan-athletics-coach-nominated-for-national-award"))
            let before = try await client.execute(uri: "/stories/\(story.slug)", method: .get)
            #expect(before.status == .ok)
            story.status = .draft
            try await hub.store.stories.update(story)
            let after = try await client.execute(uri: "/stories/\(story.slug)", method: .get)
            #expect(after.status == .notFound)
            // A learning area whose featured story is a draft no longer features it.
            var featured = try #require(
                try await hub.store.stories.get(slug: "stockport-closes-its-local-pilot-steering-group"))
            featured.status = .draft
            try await hub.store.stories.update(featured)
            let area = try await client.execute(
                uri: "/areas/new-governance-structures-for-policy-implementation", method: .get)
            #expect(area.status == .ok)
            #expect(!area.text.contains("A local story:"))
            #expect(area.text.contains("Questions you could consider"))

            // Wigan's own text still links the story, but its list of stories no longer names it.
            let wigan = try await client.execute(uri: "/places/wigan", method: .get)
            #expect(!wigan.text.contains(escaped(story.title)))
            #expect(!wigan.text.contains("<li class=\"card\"><h3><a href=\"/stories/\(story.slug)\">"))
        }
    }

    // MARK: Errors, escaping, health, headers

    @Test(
        "An unknown address answers a 404 HTML page",
        arguments: [
            "/no-such-page", "/stories/no-such-story",
            "/places/atlantis", "/enablers/nope", "/areas/nope", "/case-studies/nope", "/news/nope", "/assets/nope.css",
        ])
    func unknownURL(uri: String) async throws {
        try await withApp { _, client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .notFound)
            #expect(response.contentType?.hasPrefix("text/html") == true)
            #expect(response.text.contains("Page not found"))
            #expect(response.text.contains("<!DOCTYPE html>"))
        }
    }

    @Test("A script in a story's title, summary and body comes out as text, never as a live script")
    func scriptIsEscaped() async throws {
        try await withApp { hub, client in
            let stockport = try await hub.place("stockport")
            let story = Story(
                id: RandomIDGenerator().next(), title: "<script>alert('title')</script> Hostile",
                slug: "hostile-story", summary: "\"><script>alert(1)</script>",
                body: "Hello <script>alert('body')</script>\n\n<img src=x onerror=alert(2)>",
                placeID: stockport.id, credit: "<b>bold</b>", status: .published, createdAt: TestHub.now,
                publishedAt: TestHub.now
            )
            try await hub.store.stories.create(story)
            for uri in ["/stories/hostile-story", "/places/stockport"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                let html = response.text
                #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Hostile"), "\(uri)")
                #expect(!html.lowercased().contains("<script"), "\(uri) has a live script")
                #expect(!html.contains("<img src=x onerror"), "\(uri) has a live event handler")
            }
            let page = try await client.execute(uri: "/stories/hostile-story", method: .get).text
            #expect(page.contains("content=\"&quot;&gt;&lt;script&gt;"), "the description attribute is escaped")
            #expect(page.contains("Told by &lt;b&gt;bold&lt;/b&gt;"))
        }
    }

    @Test("/healthz answers 200 ok")
    func health() async throws {
        try await withApp { _, client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.text == "ok\n")
        }
    }

    @Test(
        "Every answer carries the security headers",
        arguments: [
            "/", "/no-such-page", "/api/v1/stories",
            "/feed.atom", "/workspace/login", "/workspace",
        ])
    func securityHeaders(uri: String) async throws {
        try await withApp { _, client in
            let response = try await client.execute(uri: uri, method: .get)
            let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri) has no CSP")
            #expect(policy.contains("default-src 'self'"))
            #expect(policy.contains("object-src 'none'"))
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "strict-origin-when-cross-origin")
        }
    }

    @Test("The stylesheet is served")
    func stylesheet() async throws {
        try await withApp { _, client in
            let response = try await client.execute(uri: "/assets/threadline.css", method: .get)
            #expect(response.status == .ok)
            #expect(response.contentType?.hasPrefix("text/css") == true)
            #expect(response.body.readableBytes > 0)
        }
    }
}

/// What a test needs from an Atom document: its root element and its entries' titles and links.
struct AtomReader {
    var rootName = ""
    var rootNamespace: String?
    var entryTitles: [String] = []
    var entryLinks: [String] = []

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ data: Data) throws -> AtomReader {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse() else {
            throw NotWellFormed(description: parser.parserError.map { "\($0)" } ?? "the feed is not well-formed XML")
        }
        return delegate.result
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var result = AtomReader()
        var path: [String] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            if path.isEmpty {
                result.rootName = elementName
                result.rootNamespace = namespaceURI
            }
            path.append(elementName)
            text = ""
            if path == ["feed", "entry", "link"], let href = attributeDict["href"],
                attributeDict["rel"] ?? "alternate" == "alternate"
            {
                result.entryLinks.append(href)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            if path == ["feed", "entry", "title"] { result.entryTitles.append(text) }
            path.removeLast()
        }
    }
}
