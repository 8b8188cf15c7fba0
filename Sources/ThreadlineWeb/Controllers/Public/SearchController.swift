import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineStore

/// `/search` (the public page) and `/api/v1/search` (JSON): ranked, highlighted results across stories, case
/// studies, news, milestones, testimony and transcript lines, filtered by kind, place, enabler and date.
///
/// The public page and anonymous API callers search only what the public may see; API callers with a token
/// search everything the team can.
struct SearchController {
    let store: ThreadlineStore
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

    private func page(_ request: Request) async throws -> HTMLResponse {
        let form = SearchForm(parameters: parameters(request))
        let places = try await store.places.all(.published)
        let enablers = try await store.enablers.all(.published)
        var results: SearchResults?
        if !form.isBlank, let search = form.request(publicOnly: true, today: PartialDate(dayOf: time.now())) {
            results = try await metrics.timingSearch { try await store.search.search(search) }
        }
        let slugs = Dictionary(uniqueKeysWithValues: places.map { ($0.id.description, $0.slug) })
        let hits = (results?.hits ?? []).map { hit in
            SearchHitView(
                title: hit.title, url: SearchResultLinks.url(of: hit, placeSlugs: slugs), kindLabel: hit.kind.label,
                snippetHTML: SearchResultLinks.snippetHTML(hit.snippet),
                timeText: hit.startMs.map(TimeSpanText.clock))
        }
        let model = Self.model(form: form, results: results, hits: hits, places: places, enablers: enablers)
        let html = try await site.searchPage(model)
        return HTMLResponse(html, status: model.problems.isEmpty ? .ok : .unprocessableContent)
    }

    /// The page's view model; the static site's search page uses it too, for an empty search.
    static func model(
        form: SearchForm, results: SearchResults?, hits: [SearchHitView], places: [Place], enablers: [Enabler]
    ) -> SearchViewModel {
        let total = results?.total ?? 0
        return SearchViewModel(
            query: form.text, hasQuery: !form.isBlank,
            problems: form.isBlank ? [] : form.problems.map(\.message),
            hasProblems: !form.isBlank && !form.problems.isEmpty,
            kinds: [
                ("", "Everything"), ("stories", "Stories"), ("case-studies", "Case studies"), ("news", "News"),
                ("milestones", "Milestones"), ("testimony", "Testimony"), ("reports", "Reports"),
                ("reflective-logs", "Reflective logs"), ("theories", "Programme theories"),
            ].map { SearchOption(value: $0.0, label: $0.1, isSelected: form.kindName == $0.0) },
            places: places.map {
                SearchOption(value: $0.id.description, label: $0.name, isSelected: form.placeID == $0.id)
            },
            enablers: enablers.map {
                SearchOption(value: $0.id.description, label: $0.name, isSelected: form.enablerID == $0.id)
            },
            from: form.from?.description ?? "", to: form.to?.description ?? "",
            hits: hits, hasHits: !hits.isEmpty, showsNoResults: results != nil && hits.isEmpty,
            summary: results.map {
                "\($0.totalIsLowerBound ? "More than " : "")\($0.total) result\($0.total == 1 ? "" : "s")"
            },
            previousURL: form.page > 1 ? form.url(page: form.page - 1) : nil,
            nextURL: form.page * SearchForm.pageSize < total ? form.url(page: form.page + 1) : nil
        )
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
        let results = try await metrics.timingSearch { try await store.search.search(search) }
        let slugs = Dictionary(
            uniqueKeysWithValues: try await store.places.all(.published).map { ($0.id.description, $0.slug) })
        return try APIJSON.response(
            Body(
                query: search.query.description, total: results.total,
                totalIsLowerBound: results.totalIsLowerBound,
                items: results.hits.map { Item(hit: $0, url: SearchResultLinks.url(of: $0, placeSlugs: slugs)) }))
    }
}

/// What the search page shows.
struct SearchViewModel {
    var query: String
    var hasQuery: Bool
    var problems: [String]
    var hasProblems: Bool
    var kinds: [SearchOption]
    var places: [SearchOption]
    var enablers: [SearchOption]
    var from: String
    var to: String
    var hits: [SearchHitView]
    var hasHits: Bool
    var showsNoResults: Bool
    var summary: String?
    var previousURL: String?
    var nextURL: String?
}

/// One choice of a filter.
struct SearchOption {
    var value: String
    var label: String
    var isSelected: Bool
}

/// One result as shown.
struct SearchHitView {
    var title: String
    var url: String
    var kindLabel: String
    var snippetHTML: String
    var timeText: String?
}
