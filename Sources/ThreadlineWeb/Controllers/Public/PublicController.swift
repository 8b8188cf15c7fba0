import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite

/// The public site's routes: pages, the news feed and the stylesheet.
struct PublicController {
    let site: PublicSite
    let assets: StaticAssets
    let cache: PublicPageCache
    /// The clock: report pages quote testimony whose consent may end on a day, so they are cached per day.
    let time: any TimeSource
    /// The media folder and base URL, which the sitemap's consent checks and addresses use as the static site does.
    let configuration: WebConfiguration

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/") { _, _ in try await page("/") { try await site.home() } }
        router.get("/enablers/:slug") { request, context in
            try await page(daily(request.uri.path)) { try await site.enabler(slug: context.slug) }
        }
        router.get("/areas/:slug") { request, context in
            try await page(request.uri.path) { try await site.learningArea(slug: context.slug) }
        }
        // A place's and an enabler's pages list testimony, whose consent may end on a day: cached per day.
        router.get("/places/:slug") { request, context in
            try await page(daily(request.uri.path)) { try await site.place(slug: context.slug) }
        }
        router.get("/testimony") { _, _ in try await page(daily("/testimony")) { try await site.testimonyList() } }
        // Separate addresses rather than a query, so the static site can hold both as files.
        for (name, vertical) in [("journey.svg", false), ("journey-tall.svg", true)] {
            router.get("/places/:slug/\(name)") { _, context in
                guard let svg = try await site.journeySVG(placeSlug: context.slug, vertical: vertical) else {
                    throw HTTPError(.notFound)
                }
                return Response(
                    status: .ok, headers: [.contentType: "image/svg+xml; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: svg)))
            }
        }
        // Drawn from the SVG on each request, so a PNG never lags behind its SVG; 404 without a rasteriser.
        for (name, vertical) in [("journey.png", false), ("journey-tall.png", true)] {
            router.get("/places/:slug/\(name)") { _, context in
                guard let png = try await site.journeyPNG(placeSlug: context.slug, vertical: vertical) else {
                    throw HTTPError(.notFound)
                }
                return Response(
                    status: .ok, headers: [.contentType: "image/png"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: png)))
            }
        }
        router.get("/stories/:slug") { request, context in
            try await page(request.uri.path) { try await site.story(slug: context.slug) }
        }
        router.get("/case-studies/:slug") { request, context in
            try await page(request.uri.path) { try await site.caseStudy(slug: context.slug) }
        }
        router.get("/reports") { _, _ in try await page(daily("/reports")) { try await site.reportList() } }
        router.get("/reports/:slug") { request, context in
            try await page(daily(request.uri.path)) { try await site.report(slug: context.slug) }
        }
        router.get("/reflective-logs/:slug") { request, context in
            try await page(request.uri.path) { try await site.reflectiveLog(slug: context.slug) }
        }
        router.get("/theories") { _, _ in try await page("/theories") { try await site.theoryList() } }
        // A theory cites testimony, whose consent may end on a day: cached per day, as reports are.
        router.get("/theories/:slug") { request, context in
            try await page(daily(request.uri.path)) { try await site.theory(slug: context.slug) }
        }
        router.get("/news") { _, _ in try await page("/news") { try await site.newsList() } }
        router.get("/news/:slug") { request, context in
            try await page(request.uri.path) { try await site.newsPost(slug: context.slug) }
        }
        router.get("/feed.atom") { _, _ in
            guard let xml = try await cache.page("/feed.atom", render: { try await site.atomFeed() }) else {
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: xml))
            )
        }
        // The static site's robots.txt, answered by the server too: everything may be crawled, from the sitemap.
        router.get("/robots.txt") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: SiteMap.robots(baseURL: site.baseURL))))
        }
        // The static site's sitemap, answered by the server too: the same pages, under the same consent checks,
        // cached per day because testimony's consent may end on a day.
        router.get("/sitemap.xml") { _, _ in
            let xml = try await cache.page(daily("/sitemap.xml")) {
                let context = try await SiteExportContext.make(
                    site: site, configuration: configuration, templateDigest: "")
                let addresses = try await SiteMapAddresses.list(context)
                return String(decoding: SiteMap.xml(baseURL: site.baseURL, addresses: addresses), as: UTF8.self)
            }
            return Response(
                status: .ok, headers: [.contentType: "application/xml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: xml ?? "")))
        }
        router.get("/assets/:name") { request, context in
            guard let asset = assets.file(named: context.slug(parameter: "name")) else {
                throw HTTPError(.notFound)
            }
            return asset.response(for: request)
        }
        router.get("/healthz") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
    }

    /// The cache key of a page whose content can change with the day (consent that ends on a date).
    private func daily(_ path: String) -> String { "\(path)@\(PartialDate(dayOf: time.now()))" }

    /// A public page from the cache, rendered when needed; 404 when there is no such public page.
    private func page(_ key: String, render: () async throws -> String?) async throws -> HTMLPage {
        guard let html = try await cache.page(key, render: render) else { throw HTTPError(.notFound) }
        return HTMLPage(html)
    }
}

extension AppRequestContext {
    /// The `:slug` (or other) path parameter; an empty string when absent.
    func slug(parameter: String = "slug") -> String {
        parameters.get(parameter) ?? ""
    }

    var slug: String { slug() }
}
