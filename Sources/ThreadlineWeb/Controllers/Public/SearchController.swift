import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// `/search` (the public page) and `/api/v1/search` (JSON): ranked, highlighted results across stories, case
/// studies, news, milestones, testimony and transcript lines, filtered by kind, place, enabler and date.
///
/// The public page and anonymous API callers search only what the public may see; API callers with a token
/// search everything the team can.
struct SearchController {
    let enablers: any ContentRepository<Enabler>
    let places: any ContentRepository<Place>
    let search: any SearchRepository
    let renderer: PageRenderer
    let site: PublicSite
    let time: any TimeSource
    let metrics: ServerMetrics

    func addRoutes(to router: Router<AppRequestContext>, api: RouterGroup<AppRequestContext>) {
        router.get("/search") { request, _ in try await page(request) }
        api.get("search") { request, context in try await json(request, context) }
    }

    private func parameters(_ request: Request) -> [String: String] {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { values[String(key)] = String(value) }
        return values
    }

    private func page(_ request: Request) async throws -> HTMLPage {
        let form = SearchForm(parameters: parameters(request))
        let places = try await places.all(.published)
        let enablers = try await enablers.all(.published)
        var results: SearchResults?
        if !form.isBlank, let search = form.request(publicOnly: true, today: PartialDate(dayOf: time.now())) {
            results = try await metrics.timingSearch { try await self.search.search(search) }
        }
        let slugs = Dictionary(uniqueKeysWithValues: places.map { ($0.id.description, $0.slug) })
        let hits = SearchHitView.grouped(results?.hits ?? []) { hit in
            SearchHitView(
                title: hit.title, url: SearchResultLinks.url(of: hit, placeSlugs: slugs), kindLabel: hit.kind.label,
                snippetHTML: SearchResultLinks.snippetHTML(hit.snippet),
                timeText: hit.startMs.map(TimeSpanText.clock))
        }
        let model = SearchViewModel.make(form: form, results: results, hits: hits, places: places, enablers: enablers)
        let html = try await site.searchPage(model)
        return HTMLPage(html, status: model.problems.isEmpty ? .ok : .unprocessableContent)
    }

    /// A hit as the API gives it: the snippet as plain text and as HTML with the matched words in `<mark>`.
    struct Item: Encodable {
        var hit: SearchHit
        var url: String

        enum CodingKeys: String, CodingKey {
            case snippetHTML = "snippet_html"
            case url
        }

        func encode(to encoder: any Encoder) throws {
            var plain = hit
            plain.snippet.removeAll { $0 == SearchHit.markStart || $0 == SearchHit.markEnd }
            try plain.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(SearchResultLinks.snippetHTML(hit.snippet), forKey: .snippetHTML)
            try container.encode(url, forKey: .url)
        }
    }

    struct Body: Encodable {
        var query: String
        var total: Int
        var totalIsLowerBound: Bool
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case query, total, items
            case totalIsLowerBound = "total_is_lower_bound"
        }
    }

    private func json(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = SearchForm(parameters: parameters(request))
        guard let search = form.request(publicOnly: context.user == nil, today: PartialDate(dayOf: time.now()))
        else { throw APIError.validation(form.problems) }
        let results = try await metrics.timingSearch { try await self.search.search(search) }
        let slugs = Dictionary(
            uniqueKeysWithValues: try await places.all(.published).map { ($0.id.description, $0.slug) })
        return try APIJSON.response(
            Body(
                query: search.query.description, total: results.total,
                totalIsLowerBound: results.totalIsLowerBound,
                items: results.hits.map { Item(hit: $0, url: SearchResultLinks.url(of: $0, placeSlugs: slugs)) }))
    }
}
