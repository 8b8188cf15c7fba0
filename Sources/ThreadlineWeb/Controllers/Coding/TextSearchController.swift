import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace's text search query: words and phrases found in the sources, run with GET so a search is a link to
/// share and to download from; coding every hit with a code and saving the hits as a new code are POSTs. The
/// reading and running are `TextSearchQueries`', as they are for the API.
struct TextSearchController {
    let search: TextSearchQueries
    let cases: CaseScopeReader
    let chrome: WorkspaceChrome
    let time: any TimeSource
    let ids: any IDGenerator

    /// The most hits the page lists; the downloads hold them all.
    static let pageLimit = 500

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("queries/text") { request, context in try await page(request, context) }
        group.post("queries/text/code") { request, context in try await codeAll(request, context) }
        group.post("queries/text/save") { request, context in try await save(request, context) }
    }

    /// The search a form or a URL describes.
    struct SearchFields {
        var text: String
        var code: String
        var includesChildren: Bool
        var kind: String
        var source: String
        var findsSimilarWords: Bool
        /// The cases chosen (`CaseFilterChoice`), blank for all the evidence.
        var cases: String

        init(_ value: (String) -> String?) {
            text = value("q") ?? ""
            code = value("code") ?? ""
            includesChildren = value("children") == "1"
            kind = value("kind") ?? ""
            source = value("source") ?? ""
            findsSimilarWords = value("similar") == "1"
            cases = value("cases") ?? ""
        }

        var isEmpty: Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

        /// The fields as they travel in a URL or a hidden form.
        var pairs: [(String, String)] {
            [
                ("q", text), ("code", code), ("children", includesChildren ? "1" : ""), ("kind", kind),
                ("source", source), ("similar", findsSimilarWords ? "1" : ""), ("cases", cases),
            ].filter { !$0.1.isEmpty }
        }

        /// The fields as a query string, without the leading `?`.
        var queryString: String {
            pairs.map { "\($0.0)=\(TextSearchController.encoded($0.1))" }.joined(separator: "&")
        }

        /// Reads and runs the search, within the evidence the chosen cases hold.
        func run(with search: TextSearchQueries, cases: CaseScopeReader) async throws
            -> (TextSearchRequest, [TextSearchResult])
        {
            let scope = try await cases.read(self.cases)
            if let problem = scope.problem { throw ValidationError([FieldProblem(field: "cases", message: problem)]) }
            let request = try await search.request(
                text: text, codes: code.nonBlank.map { [$0] } ?? [], includesChildren: includesChildren,
                sources: source.nonBlank.map { [$0] } ?? [], kinds: kind.nonBlank.map { [$0] } ?? [],
                findsSimilarWords: findsSimilarWords)
            return (request, try await search.run(request, selection: scope.selection))
        }
    }

    private func page(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        // Read as a form is encoded, so the "+" a browser sends for each space in the box is a space again.
        let parameters = FormData(request.uri.query ?? "")
        let fields = SearchFields { parameters[$0].isEmpty ? nil : parameters[$0] }
        var problems: [String] = []
        var results: [TextSearchResult] = []
        var description = ""
        let hasRun = !fields.isEmpty
        if hasRun {
            do {
                let (read, found) = try await fields.run(with: search, cases: cases)
                results = found
                description = read.query.description + (read.findsSimilarWords ? " (with similar words)" : "")
            } catch let error as ValidationError {
                problems = error.problems.map(\.message)
            }
        }
        if problems.isEmpty, hasRun,
            let format = PassageExport.Format(rawValue: parameters["format"])
        {
            let data = try PassageExport.data(
                results.map(\.passage), title: "Text search query: \(description)", format: format)
            return Response(
                status: .ok,
                headers: [
                    .contentType: format.mediaType,
                    .contentDisposition: "attachment; filename=\"text-search.\(format.rawValue)\"",
                    .cacheControl: "private, no-store",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        let codes = try await search.queries.coding.codes()
        let catalog = try await CodingSourceCatalog.load(from: search.queries.sources)
        let tree = CodeTree(codes)
        func codeOptions(_ selected: String) -> [OptionView] {
            tree.entries.map {
                OptionView(
                    value: $0.code.id.description, label: $0.path.joined(separator: " › "),
                    isSelected: $0.code.id.description == selected)
            }
        }
        let sources = catalog.entries.keys.sorted {
            (catalog.title(of: $0).lowercased(), $0.key) < (catalog.title(of: $1).lowercased(), $1.key)
        }
        let sourceCount = Set(results.map(\.passage.source)).count
        var countText =
            "\(results.count) \(results.count == 1 ? "hit" : "hits") in \(sourceCount) "
            + "\(sourceCount == 1 ? "source" : "sources")."
        if results.count > Self.pageLimit {
            countText += " The first \(Self.pageLimit) are listed; the downloads hold every hit."
        }
        var model = TextSearchViewModel(
            csrfToken: session.csrfToken, queryText: fields.text, codeOptions: codeOptions(fields.code),
            includesChildren: fields.includesChildren,
            kindOptions: CodingSource.codableKinds.map {
                OptionView(
                    value: $0.rawValue, label: $0.pluralName.prefix(1).uppercased() + $0.pluralName.dropFirst(),
                    isSelected: $0.rawValue == fields.kind)
            },
            sourceOptions: sources.map {
                OptionView(
                    value: $0.key, label: "\(catalog.title(of: $0)) (\($0.kind.singularName))",
                    isSelected: $0.key == fields.source)
            },
            findsSimilarWords: fields.findsSimilarWords, problems: problems,
            notice: Self.notice(parameters["coded"], parameters["already"], parameters["with"], tree),
            hasRun: hasRun && problems.isEmpty, description: description, countText: countText,
            hits: results.prefix(Self.pageLimit).map { result in
                let passage = result.passage
                let meta = [passage.place, passage.enabler, passage.timeText].compactMap { $0 }
                return TextSearchHitView(
                    sourceTitle: passage.sourceTitle, url: passage.url,
                    meta: meta.isEmpty ? nil : meta.joined(separator: " · "), before: result.before,
                    matched: result.matched, after: result.after,
                    codes: passage.codes.isEmpty ? nil : passage.codes.joined(separator: ", "))
            },
            downloads: PassageExport.Format.allCases.map {
                DownloadLink(
                    label: $0.rawValue.uppercased(),
                    url: "/workspace/queries/text?\(fields.queryString)&format=\($0.rawValue)")
            },
            codeAllOptions: codeOptions(""),
            hiddenFields: fields.pairs.map { HiddenField(name: $0.0, value: $0.1) })
        model.caseOptions = try await cases.read("").options.map {
            OptionView(value: $0.value, label: $0.label, isSelected: $0.value == fields.cases)
        }
        // The text search sits with the coding query under "Queries" in the navigation.
        var page = try await chrome.page(model, title: "Text search query", section: "queries", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return try page.response(from: context)
    }

    /// The sentence after "code all hits", read back from the redirect's parameters.
    private static func notice(_ coded: String, _ already: String, _ code: String, _ tree: CodeTree) -> String? {
        guard let coded = Int(coded), let id = Code.ID(code),
            let entry = tree.entries.first(where: { $0.code.id == id })
        else { return nil }
        let name = entry.path.joined(separator: " › ")
        var sentence = "\(coded) \(coded == 1 ? "hit" : "hits") coded with \(name)."
        if let already = Int(already), already > 0 {
            sentence += " \(already) \(already == 1 ? "was" : "were") coded with it already."
        }
        return sentence
    }

    private func codeAll(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canCode(as: context.viewer) else { throw HTTPError(.forbidden) }
        let fields = SearchFields { form[$0].isEmpty ? nil : form[$0] }
        let back = "/workspace/queries/text?" + fields.queryString
        do {
            guard let code = Code.ID(form["with"]) else {
                throw ValidationError([FieldProblem(field: "with", message: "Choose the code to code the hits with.")])
            }
            let (_, results) = try await fields.run(with: search, cases: cases)
            let coder = try await search.queries.coding.coder(for: session.user)
            let outcome = try await search.codeAllHits(results, with: code, coder: coder.id, ids: ids, now: time.now())
            let location = back + "&coded=\(outcome.added.count)&already=\(outcome.alreadyCoded)&with=\(code)#results"
            return Response(status: .seeOther, headers: [.location: location])
        } catch let error as ValidationError {
            throw HTTPError(
                .unprocessableContent,
                message: error.problems.map(\.message).joined(separator: " ") + " Go back: \(back)")
        } catch StoreError.conflict(let problems) {
            throw HTTPError(
                .conflict,
                message: "No hit was coded: a source changed since the search. "
                    + problems.map(\.message).joined(separator: " ") + " Search again: \(back)")
        }
    }

    private func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canCode(as: context.viewer) else { throw HTTPError(.forbidden) }
        let fields = SearchFields { form[$0].isEmpty ? nil : form[$0] }
        let back = "/workspace/queries/text?" + fields.queryString
        do {
            let (read, results) = try await fields.run(with: search, cases: cases)
            let coder = try await search.queries.coding.coder(for: session.user)
            let code = try await search.saveAsCode(
                results, request: read, name: form["name"], coder: coder.id, ids: ids, now: time.now())
            return Response(status: .seeOther, headers: [.location: "/workspace/codes/\(code.id)/passages"])
        } catch let error as ValidationError {
            throw HTTPError(
                .unprocessableContent,
                message: error.problems.map(\.message).joined(separator: " ") + " Go back: \(back)")
        }
    }

    fileprivate static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
