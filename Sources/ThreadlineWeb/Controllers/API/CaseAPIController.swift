import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineStore

/// The API of cases: `GET /api/v1/cases` lists the attributes defined and every case with its values and the
/// evidence that belongs to it; `POST /api/v1/cases` creates a case with its values and sources at once. The
/// rules are `CaseBook`'s, as on the Cases pages.
struct CaseAPIController {
    let book: CaseBook
    let ids: any IDGenerator
    let time: any TimeSource

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("cases") { _, context in try await list(context) }
        group.post("cases") { request, context in try await create(request, context) }
    }

    struct AttributeAnswer: Encodable {
        var id: String
        var name: String
        var kind: String
        var choices: [String]
    }

    struct SourceAnswer: Encodable {
        var sourceID: String
        var start: Int?
        var end: Int?

        enum CodingKeys: String, CodingKey {
            case sourceID = "source_id"
            case start, end
        }
    }

    struct CaseAnswer: Encodable {
        var id: String
        var name: String
        var kind: String
        var description: String
        /// Values by attribute name.
        var values: [String: String]
        var sources: [SourceAnswer]
    }

    struct ListAnswer: Encodable {
        var items: [CaseAnswer]
        var attributes: [AttributeAnswer]
    }

    struct Created: Encodable {
        var id: String
    }

    private func requireSignedIn(_ context: AppRequestContext) throws {
        guard context.user != nil else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
        }
    }

    private func list(_ context: AppRequestContext) async throws -> Response {
        try requireSignedIn(context)
        try NotPermitted.check(AccessPolicy.canKeepCases(as: context.viewer), "Your role cannot read cases.")
        let attributes = try await book.cases.attributes()
        let names = Dictionary(attributes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let memberships = Dictionary(grouping: try await book.cases.memberships(), by: \.caseID)
        let items = try await book.cases.cases().map { item in
            CaseAnswer(
                id: item.id.description, name: item.name, kind: item.kind.rawValue, description: item.description,
                values: Dictionary(
                    item.values.compactMap { key, value in names[key].map { ($0, value) } },
                    uniquingKeysWith: { first, _ in first }),
                sources: (memberships[item.id] ?? []).map {
                    SourceAnswer(sourceID: $0.source.key, start: $0.range?.lowerBound, end: $0.range?.upperBound)
                })
        }
        return try APIJSON.response(
            ListAnswer(
                items: items,
                attributes: attributes.map {
                    AttributeAnswer(id: $0.id.description, name: $0.name, kind: $0.kind.rawValue, choices: $0.choices)
                }))
    }

    private func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireSignedIn(context)
        let object = try await APIJSON.object(from: request)
        var problems: [FieldProblem] = []
        let kindText = object["kind"]?.stringValue ?? CaseKind.person.rawValue
        let kind = CaseKind(rawValue: kindText)
        if kind == nil {
            problems.append(
                FieldProblem(
                    field: "kind",
                    message: "“\(kindText)” is not a kind of case: use one of "
                        + CaseKind.allCases.map(\.rawValue).joined(separator: ", ") + "."))
        }
        var values: [String: String] = [:]
        if let given = object["values"] {
            if let fields = given.objectValue {
                for (key, value) in fields {
                    if let text = value.stringValue {
                        values[key] = text
                    } else if let number = value.numberValue {
                        values[key] =
                            number == number.rounded() && abs(number) < 1e15
                            ? String(Int64(number)) : String(number)
                    } else if value != .null {
                        problems.append(FieldProblem(field: "values.\(key)", message: "Give the value as text."))
                    }
                }
            } else {
                problems.append(
                    FieldProblem(field: "values", message: "Give the values as an object: {\"Role\": \"Coach\"}."))
            }
        }
        var sources: [(source: CodingSource, range: Range<Int>?)] = []
        for (index, entry) in (object["sources"]?.arrayValue ?? []).enumerated() {
            let field = "sources[\(index)]"
            let fields = entry.objectValue ?? [:]
            let key = entry.stringValue ?? fields["source_id"]?.stringValue ?? ""
            guard let source = CodingSource(key: key) else {
                problems.append(
                    FieldProblem(field: field, message: "Name the source as kind/id, e.g. \"story/…\", not “\(key)”."))
                continue
            }
            let start = fields["start"]?.numberValue.flatMap(Self.whole)
            let end = fields["end"]?.numberValue.flatMap(Self.whole)
            switch (start, end) {
            case (nil, nil): sources.append((source, nil))
            case (let start?, let end?) where start < end: sources.append((source, start..<end))
            default:
                problems.append(
                    FieldProblem(field: field, message: "Give both start and end, with start before end, or neither."))
            }
        }
        if object["sources"] != nil, object["sources"]?.arrayValue == nil {
            problems.append(FieldProblem(field: "sources", message: "Give the sources as a list."))
        }
        try NotPermitted.check(AccessPolicy.canKeepCases(as: context.viewer), "Your role cannot keep cases.")
        guard problems.isEmpty, let kind else { throw APIError.validation(problems) }
        let item = try await book.createCase(
            name: object["name"]?.stringValue ?? "", kind: kind,
            description: object["description"]?.stringValue ?? "", values: values, sources: sources,
            as: context.viewer, ids: ids, now: time.now())
        return try APIJSON.response(Created(id: item.id.description), status: .created)
    }

    /// A JSON number that is a whole position.
    private static func whole(_ number: Double) -> Int? {
        number == number.rounded() && abs(number) < 1e12 ? Int(number) : nil
    }
}
