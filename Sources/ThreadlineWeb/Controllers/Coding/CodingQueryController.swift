import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace's coding query: a form of two codes and how they combine (or an expression written as JSON),
/// run with GET so a query is a link to share and to download from; saving its passages as a code is a POST.
/// The reading and running are `CodingQueries`', as they are for the API.
struct CodingQueryController {
    let queries: CodingQueries
    let cases: CaseScopeReader
    let chrome: WorkspaceChrome
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("queries") { request, context in try await page(request, context) }
        group.post("queries/save") { request, context in try await save(request, context) }
    }

    /// The query a form or a URL describes.
    struct QueryFields {
        var first = ""
        var operation = "and"
        var second = ""
        var within = "200"
        var expression = ""
        var coder = ""
        var includesChildren = false
        /// The cases chosen (`CaseFilterChoice`), blank for all the evidence.
        var cases = ""

        init(_ value: (String) -> String?) {
            first = value("a") ?? ""
            operation = value("op") ?? "and"
            second = value("b") ?? ""
            within = value("within")?.nonBlank ?? "200"
            expression = value("expression") ?? ""
            coder = value("coder") ?? ""
            includesChildren = value("children") == "1"
            cases = value("cases") ?? ""
        }

        var isEmpty: Bool { first.isEmpty && expression.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

        /// The fields as they travel in a URL or a hidden form.
        var pairs: [(String, String)] {
            [
                ("a", first), ("op", operation), ("b", second), ("within", within), ("expression", expression),
                ("coder", coder), ("children", includesChildren ? "1" : ""), ("cases", cases),
            ].filter { !$0.1.isEmpty }
        }

        /// The query as JSON: the written expression, or the two codes and their operator.
        func json() throws -> JSONValue {
            if let written = expression.nonBlank {
                do {
                    return try JSONValue.parse(Data(written.utf8))
                } catch {
                    throw ValidationError([
                        FieldProblem(field: "expression", message: "The JSON could not be read: \(error).")
                    ])
                }
            }
            let a = JSONValue.string(first)
            guard let b = second.nonBlank.map(JSONValue.string) else { return a }
            switch operation {
            case "or": return .object(["or": .array([a, b])])
            case "andnot": return .object(["and": .array([a, .object(["not": b])])])
            case "near":
                let scope: JSONValue = Int(within).map { .number(Double($0)) } ?? .string(within)
                return .object(["near": .array([a, b]), "within": scope])
            default: return .object(["and": .array([a, b])])
            }
        }
    }

    private func page(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let parameters = FormData.query(of: request)
        let fields = QueryFields { parameters.get($0) }
        let codes = try await queries.coding.codes()
        let coders = try await queries.coding.coders()
        var problems: [String] = []
        var passages: [CodedPassage] = []
        var description = ""
        let hasRun = !fields.isEmpty
        let scope = try await cases.read(fields.cases)
        if let problem = scope.problem { problems.append("cases: " + problem) }
        if hasRun && problems.isEmpty {
            do {
                let expression = try await queries.expression(fromJSON: try fields.json())
                passages = try await queries.run(
                    expression, coders: Coder.ID(fields.coder).map { [$0] },
                    includesChildren: fields.includesChildren, within: scope.selection)
                let names = CodeReferenceResolver(codes: codes)
                description = expression.description(codeName: names.path(of:))
                if let within = scope.description { description += " (within \(within))" }
            } catch let error as ValidationError {
                problems = error.problems.map { "\($0.field): \($0.message)" }
            }
        }
        if problems.isEmpty, let format = parameters.get("format").flatMap(PassageExport.Format.init(rawValue:)) {
            let data = try PassageExport.data(passages, title: "Coding query: \(description)", format: format)
            return Response(
                status: .ok,
                headers: [
                    .contentType: format.mediaType,
                    .contentDisposition: "attachment; filename=\"coding-query.\(format.rawValue)\"",
                    .cacheControl: "private, no-store",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        let tree = CodeTree(codes)
        func options(_ selected: String) -> [OptionView] {
            tree.entries.map {
                OptionView(
                    value: $0.code.id.description, label: $0.path.joined(separator: " › "),
                    isSelected: $0.code.id.description == selected)
            }
        }
        let operators = [
            ("and", "AND: coded with both"), ("or", "OR: coded with either"),
            ("andnot", "AND NOT: coded with the first, not the second"), ("near", "NEAR: the first near the second"),
        ].map { OptionView(value: $0.0, label: $0.1, isSelected: $0.0 == fields.operation) }
        let query = fields.pairs.map { "\($0.0)=\(Self.encoded($0.1))" }.joined(separator: "&")
        var model = CodingQueryViewModel(
            csrfToken: session.csrfToken, firstOptions: options(fields.first), secondOptions: options(fields.second),
            operatorOptions: operators, within: fields.within, expressionText: fields.expression,
            coderOptions: coders.map {
                OptionView(value: $0.id.description, label: $0.name, isSelected: $0.id.description == fields.coder)
            }, includesChildren: fields.includesChildren, problems: problems, hasRun: hasRun && problems.isEmpty,
            description: description,
            countText: "\(passages.count) \(passages.count == 1 ? "passage" : "passages") in "
                + "\(Set(passages.map(\.source)).count) \(Set(passages.map(\.source)).count == 1 ? "source" : "sources").",
            passages: passages.map {
                QueryPassageView(
                    sourceTitle: $0.sourceTitle, url: $0.url,
                    meta: [$0.place, $0.enabler].compactMap { $0 }.joined(separator: " · "), text: $0.text,
                    details: [$0.codes.joined(separator: ", "), $0.coders.joined(separator: ", "), $0.timeText ?? ""]
                        .filter { !$0.isEmpty }.joined(separator: " · "))
            },
            downloads: PassageExport.Format.allCases.map {
                DownloadLink(label: $0.rawValue.uppercased(), url: "/workspace/queries?\(query)&format=\($0.rawValue)")
            },
            hiddenFields: fields.pairs.map { HiddenField(name: $0.0, value: $0.1) })
        model.caseOptions = scope.options
        var page = try await chrome.page(model, title: "Coding query", section: "queries", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return try page.response(from: context)
    }

    private func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canCode(as: context.viewer) else { throw HTTPError(.forbidden) }
        let fields = QueryFields { form[$0].isEmpty ? nil : form[$0] }
        let name = form["name"].trimmingCharacters(in: .whitespacesAndNewlines)
        let back = "/workspace/queries?" + fields.pairs.map { "\($0.0)=\(Self.encoded($0.1))" }.joined(separator: "&")
        do {
            let scope = try await cases.read(fields.cases)
            if let problem = scope.problem { throw ValidationError([FieldProblem(field: "cases", message: problem)]) }
            let expression = try await queries.expression(fromJSON: try fields.json())
            let passages = try await queries.run(
                expression, coders: Coder.ID(fields.coder).map { [$0] }, includesChildren: fields.includesChildren,
                within: scope.selection)
            let coder = try await queries.coding.coder(for: session.user)
            let names = CodeReferenceResolver(codes: try await queries.coding.codes())
            let code = try await queries.saveAsCode(
                passages, name: name,
                memo: "The passages of the coding query \(expression.description(codeName: names.path(of:))).",
                coder: coder.id, ids: ids, now: time.now())
            return Response(status: .seeOther, headers: [.location: "/workspace/codes/\(code.id)/passages"])
        } catch let error as ValidationError {
            throw HTTPError(
                .unprocessableContent,
                message: error.problems.map(\.message).joined(separator: " ") + " Go back: \(back)")
        }
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
