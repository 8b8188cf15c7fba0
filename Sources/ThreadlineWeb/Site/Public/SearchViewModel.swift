import ThreadlineCore
import ThreadlineStore

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

extension SearchViewModel {
    /// The page's view model, for the server's page and the static site's (an empty search).
    static func make(
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
}
