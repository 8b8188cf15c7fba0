import Foundation
import ThreadlineCore
import ThreadlineStore

/// The search parameters of a request (`q`, `kind`, `place`, `enabler`, `from`, `to`, `page`), checked: every
/// problem is reported against its parameter, and the query itself is parsed by `SearchQuery`.
public struct SearchForm: Sendable {
    public var text: String
    public var kindName: String
    public var placeID: Place.ID?
    public var enablerID: Enabler.ID?
    public var from: PartialDate?
    public var to: PartialDate?
    public var page: Int
    public var query: SearchQuery?
    public var problems: [FieldProblem]

    public static let pageSize = 20

    public init(parameters: [String: String]) {
        text = parameters["q"] ?? ""
        kindName = parameters["kind"] ?? ""
        problems = []
        page = 1
        if let pageText = parameters["page"], !pageText.isEmpty {
            if let number = Int(pageText), (1...50).contains(number) {
                page = number
            } else {
                problems.append(FieldProblem(field: "page", message: "Must be a page number from 1 to 50."))
            }
        }
        if !kindName.isEmpty, SearchKind.kinds(forFilter: kindName).isEmpty {
            problems.append(
                FieldProblem(
                    field: "kind", message: SearchKind.unknownFilterMessage))
        }
        func id<T>(_ key: String) -> EntityID<T>? {
            guard let value = parameters[key], !value.isEmpty else { return nil }
            guard let id = EntityID<T>(value) else {
                problems.append(FieldProblem(field: key, message: "\"\(value)\" is not an ID."))
                return nil
            }
            return id
        }
        placeID = id("place")
        enablerID = id("enabler")
        func date(_ key: String) -> PartialDate? {
            guard let value = parameters[key], !value.isEmpty else { return nil }
            guard let date = PartialDate(value) else {
                problems.append(FieldProblem(field: key, message: "Write a date as YYYY, YYYY-MM or YYYY-MM-DD."))
                return nil
            }
            return date
        }
        from = date("from")
        to = date("to")
        if let from, let to, to < from {
            problems.append(FieldProblem(field: "to", message: "The end of the date range is before its start."))
        }
        switch SearchQuery.parse(text) {
        case .success(let query): self.query = query
        case .failure(let problem): problems.append(FieldProblem(field: "q", message: problem.message))
        }
    }

    /// Whether the reader has asked anything yet (an empty form is not an error).
    public var isBlank: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }

    public func request(publicOnly: Bool, today: PartialDate) -> SearchRequest? {
        guard let query, problems.isEmpty else { return nil }
        return SearchRequest(
            query: query, kinds: SearchKind.kinds(forFilter: kindName), placeID: placeID, enablerID: enablerID,
            from: from, to: to, publicOnly: publicOnly, today: today, limit: Self.pageSize,
            offset: (page - 1) * Self.pageSize)
    }

    /// The query string of this search at another page.
    public func url(page: Int) -> String {
        var items = [URLQueryItem(name: "q", value: text)]
        if !kindName.isEmpty { items.append(URLQueryItem(name: "kind", value: kindName)) }
        if let placeID { items.append(URLQueryItem(name: "place", value: placeID.description)) }
        if let enablerID { items.append(URLQueryItem(name: "enabler", value: enablerID.description)) }
        if let from { items.append(URLQueryItem(name: "from", value: from.description)) }
        if let to { items.append(URLQueryItem(name: "to", value: to.description)) }
        items.append(URLQueryItem(name: "page", value: String(page)))
        var components = URLComponents()
        components.path = "/search"
        components.queryItems = items
        return components.string ?? "/search"
    }
}
