import Hummingbird
import ThreadlineCore

/// The public site's routes: pages, the news feed and the stylesheet.
struct PublicController {
    let site: PublicSite
    let assets: StaticAssets

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/") { _, _ in HTMLResponse(try await site.home()) }
        router.get("/enablers/:slug") { _, context in try await page(site.enabler(slug: context.slug)) }
        router.get("/areas/:slug") { _, context in try await page(site.learningArea(slug: context.slug)) }
        router.get("/places/:slug") { _, context in try await page(site.place(slug: context.slug)) }
        router.get("/stories/:slug") { _, context in try await page(site.story(slug: context.slug)) }
        router.get("/case-studies/:slug") { _, context in try await page(site.caseStudy(slug: context.slug)) }
        router.get("/news") { _, _ in HTMLResponse(try await site.newsList()) }
        router.get("/news/:slug") { _, context in try await page(site.newsPost(slug: context.slug)) }
        router.get("/feed.atom") { _, _ in
            let xml = try await site.atomFeed()
            return Response(
                status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: xml))
            )
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

    private func page(_ html: String?) throws -> HTMLResponse {
        guard let html else { throw HTTPError(.notFound) }
        return HTMLResponse(html)
    }
}

extension AppRequestContext {
    /// The `:slug` (or other) path parameter; an empty string when absent.
    func slug(parameter: String = "slug") -> String {
        parameters.get(parameter) ?? ""
    }

    var slug: String { slug() }
}
