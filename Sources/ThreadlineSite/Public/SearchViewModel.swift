import ThreadlineCore
import ThreadlineStore

/// What the search page shows.
public struct SearchViewModel: PageModel {
    public static let template = Template.search

    public var query: String
    public var hasQuery: Bool
    public var problems: [String]
    public var hasProblems: Bool
    public var kinds: [SearchOption]
    public var places: [SearchOption]
    public var enablers: [SearchOption]
    public var from: String
    public var to: String
    public var hits: [SearchHitView]
    public var hasHits: Bool
    public var showsNoResults: Bool
    public var summary: String?
    public var previousURL: String?
    public var nextURL: String?
}

/// One choice of a filter.
public struct SearchOption {
    public var value: String
    public var label: String
    public var isSelected: Bool
}

/// One result as shown.
public struct SearchHitView {
    public var title: String
    public var url: String
    public var kindLabel: String
    public var snippetHTML: String
    public var timeText: String?

    /// Creates the value from each of its fields.
    public init(title: String, url: String, kindLabel: String, snippetHTML: String, timeText: String? = nil) {
        self.title = title
        self.url = url
        self.kindLabel = kindLabel
        self.snippetHTML = snippetHTML
        self.timeText = timeText
    }
}

extension SearchViewModel {
    /// The page's view model, for the server's page and the static site's (an empty search).
    public static func make(
        form: SearchForm, results: SearchResults?, hits: [SearchHitView], places: [Place], enablers: [Enabler]
    ) -> SearchViewModel {
        let total = results?.total ?? 0
        return SearchViewModel(
            query: form.text, hasQuery: !form.isBlank,
            problems: form.isBlank ? [] : form.problems.map(\.message),
            hasProblems: !form.isBlank && !form.problems.isEmpty,
            kinds: ([("", "Everything")] + SearchKind.filters).map {
                SearchOption(value: $0.0, label: $0.1, isSelected: form.kindName == $0.0)
            },
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
