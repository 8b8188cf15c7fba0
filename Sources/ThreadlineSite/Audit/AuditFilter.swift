import Foundation
import ThreadlineCore
import ThreadlineStore

/// The audit page's filter form, read from the query string: what was typed (to show it again), the store query
/// it means, and any problems (each naming its field) when it cannot mean one.
public struct AuditFilter {
    public var actor: String
    public var action: String
    public var kind: String
    public var entityID: String
    public var from: String
    public var to: String
    public var page: Int
    public var problems: [FieldProblem]

    /// Events per page on screen.
    public static let pageSize = 50

    /// Reads the filter from `parameters` (a request's query).
    public init(_ parameters: [String: String]) {
        func text(_ key: String) -> String { (parameters[key] ?? "").trimmingCharacters(in: .whitespaces) }
        actor = text("actor")
        action = text("action")
        kind = text("kind")
        entityID = text("entity_id")
        from = text("from")
        to = text("to")
        problems = []
        page = 1
        if !action.isEmpty, AuditAction(rawValue: action) == nil {
            problems.append(FieldProblem(field: "action", message: "Action: choose one of the listed actions."))
        }
        let pageText = text("page")
        if !pageText.isEmpty {
            if let number = Int(pageText), number >= 1, number <= 1_000_000 {
                page = number
            } else {
                problems.append(FieldProblem(field: "page", message: "Page: give a whole number from 1."))
            }
        }
        for (field, label, value) in [("from", "From", from), ("to", "To", to)] where !value.isEmpty {
            if Self.day(value) == nil {
                problems.append(
                    FieldProblem(field: field, message: "\(label): give a date as YYYY-MM-DD, such as 2026-03-31."))
            }
        }
        if let start = Self.day(from), let end = Self.day(to), end < start {
            problems.append(FieldProblem(field: "to", message: "To: the date is before the From date."))
        }
    }

    /// The store query for `page` with `limit` events a page, or `nil` when the filter has problems.
    public func query(limit: Int = pageSize, page: Int? = nil) -> AuditQuery? {
        guard problems.isEmpty else { return nil }
        let page = page ?? self.page
        return AuditQuery(
            actor: actor, action: AuditAction(rawValue: action), entityKind: kind, entityID: entityID,
            from: Self.day(from),
            // The To day is included: events before the start of the next day.
            until: Self.day(to).map { $0.addingTimeInterval(24 * 3600) },
            limit: limit, offset: (page - 1) * limit)
    }

    /// The filter as query-string pairs (without the page), for links to other pages and the CSV.
    public var queryItems: [URLQueryItem] {
        [("actor", actor), ("action", action), ("kind", kind), ("entity_id", entityID), ("from", from), ("to", to)]
            .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
    }

    /// `path` with the filter and, when given, a page number.
    public func url(_ path: String, page: Int? = nil) -> String {
        var components = URLComponents()
        components.path = path
        let items = queryItems + (page.map { [URLQueryItem(name: "page", value: String($0))] } ?? [])
        components.queryItems = items.isEmpty ? nil : items
        // `+` is a space to a form decoder; encode it so an email filter such as a+b@x.org comes back intact.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.string ?? path
    }

    /// The start (UTC) of a `YYYY-MM-DD` day, or `nil` when `text` is not a real day in that form.
    public static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}
