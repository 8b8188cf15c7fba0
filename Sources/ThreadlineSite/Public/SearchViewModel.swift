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

/// One result as shown: an item, or a testimony with the lines of its transcript that matched beneath it.
public struct SearchHitView {
    public var title: String
    public var url: String
    public var kindLabel: String
    public var snippetHTML: String
    public var timeText: String?
    /// The testimony's matching transcript lines, each linked to its moment; empty for other results.
    public var lines: [SearchLineView] = []
    /// Whether there are lines to list.
    public var hasLines: Bool = false
    /// The testimony's ID, for gathering its lines under it.
    var groupID: String? = nil

    /// Creates the value from each of its fields.
    public init(title: String, url: String, kindLabel: String, snippetHTML: String, timeText: String? = nil) {
        self.title = title
        self.url = url
        self.kindLabel = kindLabel
        self.snippetHTML = snippetHTML
        self.timeText = timeText
    }

    /// The hits of a page of results, each testimony once: a testimony's own hit and the hits on its transcript
    /// lines become one result, where the first of them ranked, with every matching line beneath it in the
    /// order they ranked. Without this, one interview whose words matched often filled the page line by line.
    ///
    /// - Parameters:
    ///   - hits: The page's hits, best first.
    ///   - view: How a hit is shown on its own.
    public static func grouped(_ hits: [SearchHit], view: (SearchHit) -> SearchHitView) -> [SearchHitView] {
        var results: [SearchHitView] = []
        var positions: [String: Int] = [:]
        for hit in hits {
            let shown = view(hit)
            guard hit.kind == .testimony || hit.kind == .transcriptCue else {
                results.append(shown)
                continue
            }
            let index: Int
            if let existing = positions[hit.entityID] {
                index = existing
            } else {
                index = results.count
                positions[hit.entityID] = index
                var group = shown
                group.groupID = hit.entityID
                group.kindLabel = SearchKind.testimony.label
                group.url = "/testimony/\(hit.entityID)"
                group.timeText = nil
                if hit.kind == .transcriptCue { group.snippetHTML = "" }
                results.append(group)
            }
            if hit.kind == .transcriptCue {
                results[index].lines.append(
                    SearchLineView(url: shown.url, timeText: shown.timeText ?? "", snippetHTML: shown.snippetHTML))
                results[index].hasLines = true
            } else {
                results[index].snippetHTML = shown.snippetHTML
            }
        }
        return results
    }
}

/// One matching line of a testimony's transcript, under its testimony in the results.
public struct SearchLineView {
    /// The testimony's page at the line's moment.
    public var url: String
    /// When the line is spoken ("1:02").
    public var timeText: String
    /// The line with the matched words marked.
    public var snippetHTML: String
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
