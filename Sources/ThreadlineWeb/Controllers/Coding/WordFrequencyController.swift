import Foundation
import Hummingbird
import ThreadlineCharts
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace's word frequency (NVivo's word frequency query): the words of a code's passages or of one source,
/// counted by `WordFrequency` in Core, as a table, a word cloud and downloads (CSV, and a plain list).
struct WordFrequencyController {
    let queries: CodingQueries
    let cases: CaseScopeReader
    let chrome: WorkspaceChrome

    /// The most rows the page and its downloads list.
    static let rowLimit = 500

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("words") { request, context in try await page(request, context) }
    }

    private func page(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let parameters = FormData.query(of: request)
        let codeText = parameters.get("code") ?? ""
        let sourceText = parameters.get("source") ?? ""
        let language = parameters.get("language") ?? "en"
        let stems = parameters.get("stem") == "1"
        let minimumText = parameters.get("minimum")?.nonBlank ?? "3"
        let extra = parameters.get("extra") ?? ""
        let casesText = parameters.get("cases") ?? ""
        let scope = try await cases.read(casesText)
        let codes = try await queries.coding.codes()
        let catalog = try await CodingSourceCatalog.load(from: queries.sources)
        var problems: [String] = []
        let minimum = Int(minimumText).flatMap { (1...20).contains($0) ? $0 : nil }
        if minimum == nil {
            problems.append("Shortest word counted: give a number from 1 to 20, not “\(minimumText)”.")
        }
        var texts: [String] = []
        var heading = ""
        let hasRun = !codeText.isEmpty || !sourceText.isEmpty || !casesText.isEmpty
        if let problem = scope.problem { problems.append(problem) }
        if !problems.isEmpty {
            // Nothing is counted over evidence the person did not mean.
        } else if let id = Code.ID(codeText), codes.contains(where: { $0.id == id }) {
            texts = try await queries.passages(of: id, within: scope.selection).map(\.text)
            heading = "Words of the passages coded " + (CodeReferenceResolver(codes: codes).path(of: id))
        } else if !codeText.isEmpty {
            problems.append("There is no code \(codeText).")
        } else if let source = CodingSource(key: sourceText), catalog.entries[source] != nil {
            let text = try await queries.coding.codableText(of: source)
            texts = Self.pieces(of: source, text: text, within: scope.selection)
            heading = "Words of “\(catalog.title(of: source))”"
        } else if !sourceText.isEmpty {
            problems.append("There is no source \(sourceText).")
        } else if let selection = scope.selection {
            for source in selection.sources.sorted() {
                texts += Self.pieces(
                    of: source, text: try await queries.coding.codableText(of: source), within: selection)
            }
            heading = "Words of the evidence"
        }
        if let within = scope.description, !heading.isEmpty { heading += " (within \(within))" }
        let stopWords =
            (StopWordList.Language(rawValue: language)?.list ?? .none)
            .union(
                StopWordList(extra.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }))
        let frequency = WordFrequency(
            texts: texts, options: .init(stopWords: stopWords, minimumLength: minimum ?? 3, stems: stems))
        let rows = frequency.top(Self.rowLimit)
        if problems.isEmpty, let format = parameters.get("format") {
            let body: String
            let type: String
            switch format {
            case "csv":
                body =
                    "word,count,share,texts\r\n"
                    + rows.map {
                        [
                            CSVField.text($0.word), String($0.count), String(format: "%.4f", $0.share),
                            String($0.textCount),
                        ]
                        .joined(separator: ",")
                    }.joined(separator: "\r\n") + "\r\n"
                type = "text/csv; charset=utf-8"
            case "txt":
                body = rows.map { "\($0.word) \($0.count)" }.joined(separator: "\n") + "\n"
                type = "text/plain; charset=utf-8"
            default:
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: type, .contentDisposition: "attachment; filename=\"words.\(format)\"",
                    .cacheControl: "private, no-store",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        let cloud = WordCloud(words: rows.map { WordCloud.Word($0.word, count: $0.count) }, title: heading)
        let query = [
            ("code", codeText), ("source", sourceText), ("language", language), ("stem", stems ? "1" : ""),
            ("minimum", minimumText), ("extra", extra), ("cases", casesText),
        ].filter { !$0.1.isEmpty }.map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        let tree = CodeTree(codes)
        let sources = catalog.entries.keys.sorted {
            (catalog.title(of: $0).lowercased(), $0.key) < (catalog.title(of: $1).lowercased(), $1.key)
        }
        var model = WordFrequencyViewModel(
            codeOptions: tree.entries.map {
                OptionView(
                    value: $0.code.id.description, label: $0.path.joined(separator: " › "),
                    isSelected: $0.code.id.description == codeText)
            },
            sourceOptions: sources.map {
                OptionView(
                    value: $0.key, label: "\(catalog.title(of: $0)) (\($0.kind.singularName))",
                    isSelected: $0.key == sourceText)
            },
            languageOptions: [("en", "English"), ("cy", "Welsh"), ("none", "None")].map {
                OptionView(value: $0.0, label: $0.1, isSelected: $0.0 == language)
            },
            stems: stems, minimumLength: minimumText, extraWords: extra, problems: problems,
            hasRun: hasRun && problems.isEmpty, heading: heading,
            summary: "\(frequency.totalCount) words counted in \(frequency.textCount) "
                + "\(frequency.textCount == 1 ? "text" : "texts"), \(frequency.rows.count) different"
                + (frequency.rows.count > Self.rowLimit ? "; the \(Self.rowLimit) most frequent are listed." : "."),
            rows: rows.map {
                WordFrequencyRowView(
                    word: $0.word, forms: stems && $0.forms.count > 1 ? $0.forms.joined(separator: ", ") : nil,
                    count: String($0.count), share: String(format: "%.1f %%", $0.share * 100),
                    texts: String($0.textCount))
            },
            cloudSVG: cloud.svg(idPrefix: "words"),
            downloads: [
                DownloadLink(label: "CSV", url: "/workspace/words?\(query)&format=csv"),
                DownloadLink(label: "Word list (text)", url: "/workspace/words?\(query)&format=txt"),
            ])
        model.caseOptions = scope.options
        // Word frequency sits with the coding query under "Queries" in the navigation.
        var page = try await chrome.page(model, title: "Word frequency", section: "queries", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return try page.response(from: context)
    }

    /// The words of `text` that `selection` selects (all of it when there is no selection), one piece per stretch.
    static func pieces(of source: CodingSource, text: CodableText?, within selection: SourceSelection?) -> [String] {
        guard let text else { return [] }
        guard let selection else { return [text.text] }
        return selection.pieces(of: source, start: 0, end: text.length).compactMap {
            text.excerpt(start: $0.lowerBound, end: $0.upperBound)
        }
    }
}
