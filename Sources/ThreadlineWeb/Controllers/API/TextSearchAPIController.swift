import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices

/// The text search query for analysts who script (`POST /api/v1/queries/text`): words and phrases in the search
/// box's syntax, scoped to codes, sources and kinds, answered as hits in context. The rule of who may run it is
/// `AccessPolicy`'s and the work `TextSearchQueries`', as on the workspace page.
struct TextSearchAPIController {
    let search: TextSearchQueries
    let cases: CaseScopeReader

    /// The members a request may have.
    static let fields: Set<String> = [
        "query", "codes", "include_children", "sources", "kinds", "similar_words", "cases",
    ]

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("queries/text") { request, context in try await run(request, context) }
    }

    /// One hit, snake_case like the coding query's passages, with its context split around the words found.
    struct HitAnswer: Encodable {
        var sourceID: String
        var sourceKind: String
        var sourceTitle: String
        var place: String?
        var enabler: String?
        var start: Int
        var end: Int
        var startMs: Int?
        var endMs: Int?
        var before: String
        var matched: String
        var after: String
        var text: String
        var codes: [String]
        var coders: [String]

        enum CodingKeys: String, CodingKey {
            case place, enabler, start, end, before, matched, after, text, codes, coders
            case sourceID = "source_id"
            case sourceKind = "source_kind"
            case sourceTitle = "source_title"
            case startMs = "start_ms"
            case endMs = "end_ms"
        }

        init(_ result: TextSearchResult) {
            let passage = result.passage
            sourceID = passage.source.idText
            sourceKind = passage.source.kind.rawValue
            sourceTitle = passage.sourceTitle
            place = passage.place
            enabler = passage.enabler
            start = passage.start
            end = passage.end
            startMs = passage.startMs
            endMs = passage.endMs
            before = result.before
            matched = result.matched
            after = result.after
            text = passage.text
            codes = passage.codes
            coders = passage.coders
        }
    }

    /// The answer: the query as read, and its hits.
    struct Answer: Encodable {
        var description: String
        var count: Int
        var hits: [HitAnswer]
    }

    private func run(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard context.user != nil else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
        }
        guard AccessPolicy.canCode(as: context.viewer) else {
            throw APIError(.forbidden, code: "forbidden", message: "Your role cannot code.")
        }
        let object = try await APIJSON.object(from: request)
        var problems: [FieldProblem] = object.keys.sorted().filter { !Self.fields.contains($0) }.map {
            FieldProblem(
                field: $0,
                message: "“\($0)” is not part of a text search; use \(Self.fields.sorted().joined(separator: ", ")).")
        }
        let text = object["query"]?.stringValue
        if text == nil {
            problems.append(FieldProblem(field: "query", message: "Give the words to search for, as a string."))
        }
        let codes = Self.strings(object, "codes", &problems)
        let sources = Self.strings(object, "sources", &problems)
        let kinds = Self.strings(object, "kinds", &problems)
        let includesChildren = Self.flag(object, "include_children", &problems)
        let findsSimilarWords = Self.flag(object, "similar_words", &problems)
        if object["cases"] != nil, object["cases"]?.stringValue == nil {
            problems.append(
                FieldProblem(field: "cases", message: "Give the cases as a string: case:ID or attribute:ID:value."))
        }
        let scope = try await cases.read(object["cases"]?.stringValue ?? "")
        if let problem = scope.problem { problems.append(FieldProblem(field: "cases", message: problem)) }
        guard problems.isEmpty, let text else { throw APIError.validation(problems) }
        let read: TextSearchRequest
        do {
            read = try await search.request(
                text: text, codes: codes, includesChildren: includesChildren, sources: sources, kinds: kinds,
                findsSimilarWords: findsSimilarWords)
        } catch let error as ValidationError {
            throw APIError.validation(error.problems)
        }
        let results = try await search.run(read, selection: scope.selection)
        return try APIJSON.response(
            Answer(description: read.query.description, count: results.count, hits: results.map(HitAnswer.init)))
    }

    /// A member that must be a list of strings when present; empty when absent.
    private static func strings(_ object: [String: JSONValue], _ key: String, _ problems: inout [FieldProblem])
        -> [String]
    {
        guard let value = object[key], value != .null else { return [] }
        guard let elements = value.arrayValue else {
            problems.append(FieldProblem(field: key, message: "Give a list of strings, not \(value.kindName)."))
            return []
        }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            if let string = element.stringValue {
                strings.append(string)
            } else {
                problems.append(
                    FieldProblem(field: "\(key)[\(index)]", message: "Give a string, not \(element.kindName)."))
            }
        }
        return strings
    }

    /// A member that must be true or false when present; false when absent.
    private static func flag(_ object: [String: JSONValue], _ key: String, _ problems: inout [FieldProblem]) -> Bool {
        switch object[key] {
        case nil, .null?: return false
        case .bool(let value)?: return value
        case let other?:
            problems.append(FieldProblem(field: key, message: "Give true or false, not \(other.kindName)."))
            return false
        }
    }
}
