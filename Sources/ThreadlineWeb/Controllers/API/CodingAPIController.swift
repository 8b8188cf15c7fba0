import Foundation
import HTTPTypes
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineStore

/// The API for analysts who script in R or Python: add documents (`POST /api/v1/sources`, multipart), read a
/// source's text, the codebook, codings, coding queries and a code's passages. Every answer needs an API token;
/// the rules are `AccessPolicy`'s and the work `DocumentUploads`' and `CodingQueries`', as on the workspace pages.
struct CodingAPIController {
    let uploads: DocumentUploads
    let queries: CodingQueries
    let cases: CaseScopeReader
    let ids: any IDGenerator
    let time: any TimeSource

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("sources") { request, context in try await addSources(request, context) }
        group.get("sources/:id") { _, context in try await source(context) }
        group.get("codes") { _, context in try await codes(context) }
        group.post("codes") { request, context in try await addCode(request, context) }
        group.get("codes/:id/passages") { request, context in try await passages(request, context) }
        group.get("codings") { request, context in try await codings(request, context) }
        group.post("codings") { request, context in try await addCoding(request, context) }
        group.delete("codings/:id") { _, context in try await deleteCoding(context) }
        group.post("queries/coding") { request, context in try await codingQuery(request, context) }
    }

    private func requireCoder(_ context: AppRequestContext) throws -> User {
        guard let user = context.user else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
        }
        guard AccessPolicy.canCode(as: context.viewer) else {
            throw APIError(.forbidden, code: "forbidden", message: "Your role cannot code.")
        }
        return user
    }

    // MARK: Sources

    struct AddedSource: Encodable {
        var id: String
        var kind: String
        var title: String
        var length: Int
    }

    struct RefusedFile: Encodable {
        var file: String
        var message: String
    }

    struct SourcesAnswer: Encodable {
        var sources: [AddedSource]
        var refused: [RefusedFile]
    }

    private func addSources(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        guard let boundary = request.headers[.contentType].flatMap(MultipartFormData.boundary(fromContentType:))
        else {
            throw APIError(
                .unsupportedMediaType, code: "multipart_required",
                message: "Send the files as multipart/form-data, each in a field named file.")
        }
        let body = try await request.body.collect(upTo: DocumentWorkspaceController.maximumUploadBytes)
        let parts: [MultipartPart]
        do {
            parts = try MultipartFormData.parse(Data(buffer: body), boundary: boundary)
        } catch {
            throw APIError(.badRequest, code: "bad_multipart", message: error.message)
        }
        let files = parts.filter { ($0.name == "file" || $0.name == "files") && !($0.fileName ?? "").isEmpty }
            .map { DocumentUploads.File(name: $0.fileName ?? "", data: $0.data) }
        guard !files.isEmpty else {
            throw APIError.validation([FieldProblem(field: "file", message: "Send at least one file.")])
        }
        var details: [String: JSONValue] = [:]
        for part in parts where part.fileName == nil {
            let value = part.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if ["title", "summary", "place_id", "enabler_id", "date", "origin"].contains(part.name), !value.isEmpty {
                details[part.name] = .string(value)
            }
        }
        let outcomes: [DocumentUploads.Outcome]
        do {
            outcomes = try await uploads.add(files, details: .init(fields: details), by: context.viewer)
        } catch ContentEditor<Document>.Refusal.forbidden(let message) {
            throw APIError(.forbidden, code: "forbidden", message: message)
        }
        var answer = SourcesAnswer(sources: [], refused: [])
        for outcome in outcomes {
            switch outcome {
            case .added(let document):
                answer.sources.append(
                    AddedSource(
                        id: document.id.description, kind: EntityKind.document.rawValue, title: document.title,
                        length: document.text.unicodeScalars.count))
            case .refused(let name, let problems):
                answer.refused.append(
                    RefusedFile(file: name, message: problems.map(\.message).joined(separator: " ")))
            }
        }
        return try APIJSON.response(answer, status: answer.sources.isEmpty ? .unprocessableContent : .created)
    }

    struct SourceText: Encodable {
        var id: String
        var kind: String
        var title: String
        var text: String
        var length: Int
        var blocks: [SourceBlock]
        var cues: [CueAnswer]?
    }

    struct CueAnswer: Encodable {
        var start: Int
        var end: Int
        var startMs: Int
        var endMs: Int
        var speaker: String?

        enum CodingKeys: String, CodingKey {
            case start, end, speaker
            case startMs = "start_ms"
            case endMs = "end_ms"
        }
    }

    private func findSource(_ text: String) async throws -> (CodingSource, String) {
        let catalog = try await CodingSourceCatalog.load(from: queries.sources)
        guard let uuid = UUID(uuidString: text),
            let source = catalog.entries.keys.first(where: { $0.id == uuid })
        else { throw APIError.notFound("The source") }
        return (source, catalog.title(of: source))
    }

    /// The source whose ID is `text`, found without reading every source (and its text) as `findSource` does:
    /// what a save or a list of codings needs, where no title is shown.
    private func sourceReference(_ text: String) async throws -> CodingSource {
        guard let uuid = UUID(uuidString: text), let source = try await queries.coding.source(withID: uuid) else {
            throw APIError.notFound("The source")
        }
        return source
    }

    private func source(_ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        let (source, title) = try await findSource(context.slug(parameter: "id"))
        guard let text = try await queries.coding.codableText(of: source) else {
            throw APIError.notFound("The source")
        }
        return try APIJSON.response(
            SourceText(
                id: source.idText, kind: source.kind.rawValue, title: title, text: text.text, length: text.length,
                blocks: text.blocks,
                cues: source.isTimed
                    ? text.cueRanges.map {
                        CueAnswer(
                            start: $0.start, end: $0.end, startMs: $0.cue.startMs, endMs: $0.cue.endMs,
                            speaker: $0.cue.speaker)
                    } : nil))
    }

    // MARK: Codes

    struct CodeAnswer: Encodable {
        var id: String
        var name: String
        var path: String
        var parentID: String?
        var colour: String
        var description: String

        enum CodingKeys: String, CodingKey {
            case id, name, path, colour, description
            case parentID = "parent_id"
        }
    }

    private func codes(_ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        let tree = CodeTree(try await queries.coding.codes())
        return try APIJSON.response(
            tree.entries.map {
                CodeAnswer(
                    id: $0.code.id.description, name: $0.code.name, path: $0.path.joined(separator: " › "),
                    parentID: $0.code.parentID?.description, colour: $0.code.colour,
                    description: $0.code.description)
            })
    }

    struct Created: Encodable {
        var id: String
    }

    private func addCode(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        let object = try await APIJSON.object(from: request)
        let existing = try await queries.coding.codes()
        var problems: [FieldProblem] = []
        let parent = object["parent_id"]?.stringValue.flatMap { text -> Code.ID? in
            guard let id = Code.ID(text), existing.contains(where: { $0.id == id }) else {
                problems.append(FieldProblem(field: "parent_id", message: "There is no code \(text)."))
                return nil
            }
            return id
        }
        let colour = object["colour"]?.stringValue ?? CodePalette.next(after: existing.map(\.colour))
        let code = Code(
            id: ids.next(Code.self), parentID: parent, name: object["name"]?.stringValue ?? "",
            description: object["description"]?.stringValue ?? "", colour: colour, createdAt: time.now())
        problems += code.problems()
        if existing.contains(where: {
            $0.parentID == code.parentID && $0.name.caseInsensitiveCompare(code.name) == .orderedSame
        }) {
            problems.append(FieldProblem(field: "name", message: "A code called “\(code.name)” is already there."))
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        try await queries.coding.save(code)
        return try APIJSON.response(Created(id: code.id.description), status: .created)
    }

    // MARK: Codings

    struct CodingAnswer: Encodable {
        var id: String
        var sourceID: String
        var sourceKind: String
        var codeID: String
        var coderID: String
        var start: Int
        var end: Int
        var startMs: Int?
        var endMs: Int?
        var excerpt: String
        var memo: String

        enum CodingKeys: String, CodingKey {
            case id, start, end, excerpt, memo
            case sourceID = "source_id"
            case sourceKind = "source_kind"
            case codeID = "code_id"
            case coderID = "coder_id"
            case startMs = "start_ms"
            case endMs = "end_ms"
        }

        init(_ coding: Coding) {
            id = coding.id.description
            sourceID = coding.source.idText
            sourceKind = coding.source.kind.rawValue
            codeID = coding.codeID.description
            coderID = coding.coderID.description
            start = coding.start
            end = coding.end
            startMs = coding.startMs
            endMs = coding.endMs
            excerpt = coding.excerpt
            memo = coding.memo
        }
    }

    private func codings(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        let parameters = request.uri.queryParameters
        var codings: [Coding]
        if let sourceText = parameters.get("source_id") {
            codings = try await queries.coding.codings(of: try await sourceReference(sourceText))
        } else {
            codings = try await queries.coding.codings(codes: nil)
        }
        if let code = parameters.get("code_id") {
            codings = codings.filter { $0.codeID.description == code.lowercased() }
        }
        return try APIJSON.response(codings.map(CodingAnswer.init))
    }

    private func addCoding(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try requireCoder(context)
        let object = try await APIJSON.object(from: request)
        var problems: [FieldProblem] = []
        let sourceText = object["source_id"]?.stringValue ?? ""
        let source = try? await sourceReference(sourceText)
        if source == nil {
            problems.append(FieldProblem(field: "source_id", message: "There is no source \(sourceText)."))
        }
        let codeText = object["code_id"]?.stringValue ?? ""
        var code = Code.ID(codeText)
        if let id = code, try await queries.coding.code(id) == nil { code = nil }
        if code == nil {
            problems.append(FieldProblem(field: "code_id", message: "There is no code \(codeText)."))
        }
        var start = object["start"]?.intValue
        var end = object["end"]?.intValue
        var startMs: Int?
        var endMs: Int?
        if start == nil, end == nil, object["start_ms"] != nil || object["end_ms"] != nil {
            startMs = object["start_ms"]?.intValue
            endMs = object["end_ms"]?.intValue
            if startMs == nil {
                problems.append(FieldProblem(field: "start_ms", message: "Give start_ms as whole milliseconds."))
            }
            if endMs == nil {
                problems.append(FieldProblem(field: "end_ms", message: "Give end_ms as whole milliseconds."))
            }
            if let source, let startMs, let endMs {
                // A stretch of recording codes the transcript lines there, or, with none there, the stretch itself
                // (a timed coding, checked by the store against the recording).
                if let text = try await queries.coding.codableText(of: source) {
                    let range = text.passage(startMs: startMs, endMs: endMs)
                    (start, end) = (range.lowerBound, range.upperBound)
                }
            }
        }
        if start == nil || end == nil, !problems.contains(where: { $0.field.hasSuffix("_ms") }) {
            problems.append(
                FieldProblem(field: "start", message: "Give start and end (characters), or start_ms and end_ms."))
        }
        guard problems.isEmpty, let source, let code, let start, let end else { throw APIError.validation(problems) }
        let coder = try await queries.coding.coder(for: user)
        let coding = Coding(
            id: ids.next(Coding.self), codeID: code, source: source, coderID: coder.id, start: start, end: end,
            startMs: startMs, endMs: endMs, memo: object["memo"]?.stringValue ?? "", createdAt: time.now())
        do {
            let stored = try await queries.coding.add([coding])
            return try APIJSON.response(
                stored.first.map(CodingAnswer.init) ?? CodingAnswer(coding), status: .created)
        } catch StoreError.conflict(let problems) {
            throw APIError.validation(
                problems.map { FieldProblem(field: Self.lastField($0.field), message: $0.message) })
        }
    }

    private static func lastField(_ path: String) -> String {
        path.split(separator: ".").last.map(String.init) ?? path
    }

    private func deleteCoding(_ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        guard let id = Coding.ID(context.slug(parameter: "id")),
            let coding = try await queries.coding.codings(codes: nil).first(where: { $0.id == id })
        else { throw APIError.notFound("The coding") }
        guard AccessPolicy.canChange(coding, as: context.viewer) else {
            throw APIError(.forbidden, code: "forbidden", message: "Only its coder or an editor can remove a coding.")
        }
        try await queries.coding.deleteCoding(id)
        return Response(status: .noContent)
    }

    // MARK: Queries and passages

    struct PassageAnswer: Encodable {
        var sourceID: String
        var sourceKind: String
        var sourceTitle: String
        var place: String?
        var enabler: String?
        var start: Int
        var end: Int
        var startMs: Int?
        var endMs: Int?
        var text: String
        var codes: [String]
        var coders: [String]
        var memos: [String]

        enum CodingKeys: String, CodingKey {
            case place, enabler, start, end, text, codes, coders, memos
            case sourceID = "source_id"
            case sourceKind = "source_kind"
            case sourceTitle = "source_title"
            case startMs = "start_ms"
            case endMs = "end_ms"
        }

        init(_ passage: CodedPassage) {
            sourceID = passage.source.idText
            sourceKind = passage.source.kind.rawValue
            sourceTitle = passage.sourceTitle
            place = passage.place
            enabler = passage.enabler
            start = passage.start
            end = passage.end
            startMs = passage.startMs
            endMs = passage.endMs
            text = passage.text
            codes = passage.codes
            coders = passage.coders
            memos = passage.memos
        }
    }

    struct QueryAnswer: Encodable {
        var description: String
        var passages: [PassageAnswer]
    }

    private func codingQuery(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        let object = try await APIJSON.object(from: request)
        guard let json = object["expression"] else {
            throw APIError.validation([FieldProblem(field: "expression", message: "Give the query's expression.")])
        }
        let expression: CodingQueryExpression
        do {
            expression = try await queries.expression(fromJSON: json)
        } catch let error as ValidationError {
            throw APIError.validation(error.problems)
        }
        let coders = object["coder_id"]?.stringValue.flatMap(Coder.ID.init).map { Set([$0]) }
        let scope = try await cases.read(object["cases"]?.stringValue ?? "")
        if let problem = scope.problem { throw APIError.validation([FieldProblem(field: "cases", message: problem)]) }
        let passages = try await queries.run(
            expression, coders: coders, includesChildren: object["children"]?.boolValue ?? false,
            within: scope.selection)
        let names = CodeReferenceResolver(codes: try await queries.coding.codes())
        return try APIJSON.response(
            QueryAnswer(
                description: expression.description(codeName: names.path(of:)),
                passages: passages.map(PassageAnswer.init)))
    }

    private func passages(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireCoder(context)
        guard let id = Code.ID(context.slug(parameter: "id")), let code = try await queries.coding.code(id) else {
            throw APIError.notFound("The code")
        }
        let parameters = FormData.query(of: request)
        let scope = try await cases.read(parameters.get("cases") ?? "")
        if let problem = scope.problem { throw APIError.validation([FieldProblem(field: "cases", message: problem)]) }
        let passages = try await queries.passages(
            of: id, includesChildren: parameters.get("children") == "1",
            coder: parameters.get("coder").flatMap(Coder.ID.init), within: scope.selection)
        let format = parameters.get("format") ?? "json"
        guard format != "json" else { return try APIJSON.response(passages.map(PassageAnswer.init)) }
        guard let file = PassageExport.Format(rawValue: format) else {
            throw APIError.validation([
                FieldProblem(field: "format", message: "Choose json, csv, html or docx, not “\(format)”.")
            ])
        }
        let data = try PassageExport.data(passages, title: "Passages coded \(code.name)", format: file)
        return Response(
            status: .ok,
            headers: [
                .contentType: file.mediaType,
                .contentDisposition: "attachment; filename=\"passages.\(file.rawValue)\"", .cacheControl: "no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension JSONValue {
    /// A whole number, or `nil` (a fraction or anything else is not a position).
    fileprivate var intValue: Int? {
        guard let number = numberValue, number.rounded() == number, abs(number) < 1e15 else { return nil }
        return Int(number)
    }

    /// A boolean, or `nil`.
    fileprivate var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
