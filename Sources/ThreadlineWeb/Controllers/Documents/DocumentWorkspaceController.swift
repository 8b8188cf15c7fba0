import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace pages for adding documents from files (one or several at once, as a plain multipart form, so it
/// works without scripts) and for downloading a document's original file. Editing a document's details and
/// deleting it are the generic content pages; coding it is the coding page.
struct DocumentWorkspaceController {
    let uploads: DocumentUploads
    let places: any ContentRepository<Place>
    let enablers: any ContentRepository<Enabler>
    let documents: any ContentRepository<Document>
    let chrome: WorkspaceChrome

    /// The most an upload of several files may send at once.
    static let maximumUploadBytes = 2 * DocumentExtractor.sizeLimit

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("documents/upload") { _, context in try await page(context).response(from: context) }
        group.post("documents/upload") { request, context in try await upload(request, context) }
        group.get("documents/:id/original") { _, context in try await original(context) }
    }

    private func page(
        _ context: AppRequestContext, added: [DocumentUploadResult] = [], refused: [DocumentUploadResult] = [],
        problems: [String] = [], fields: [String: String] = [:]
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let placeOptions = try await places.all().map {
            OptionView(value: $0.id.description, label: $0.name, isSelected: fields["place_id"] == $0.id.description)
        }
        let enablerOptions = try await enablers.all().map {
            OptionView(
                value: $0.id.description, label: "\($0.number). \($0.name)",
                isSelected: fields["enabler_id"] == $0.id.description)
        }
        let model = DocumentUploadViewModel(
            csrfToken: session.csrfToken, placeOptions: placeOptions, enablerOptions: enablerOptions, added: added,
            refused: refused, problems: problems)
        var page = try await chrome.page(
            model, title: problems.isEmpty && refused.isEmpty ? "Add documents" : "Error: Add documents",
            section: EntityKind.document.pathSegment, session: session)
        if added.isEmpty, !(problems.isEmpty && refused.isEmpty) { page.status = .unprocessableContent }
        return page
    }

    private func upload(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        // Only the upload form sends multipart: anything else did not come from it, and is refused as a form
        // without its token would be.
        guard let boundary = request.headers[.contentType].flatMap(MultipartFormData.boundary(fromContentType:))
        else {
            throw HTTPError(
                .forbidden, message: "Documents are added with the upload form, sent as multipart/form-data.")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maximumUploadBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return try await page(
                context,
                problems: [
                    "The upload is larger than \(Self.maximumUploadBytes / 1_048_576) MB in all: send fewer files at "
                        + "a time, each at most \(DocumentExtractor.sizeLimit / 1_048_576) MB."
                ]
            ).response(from: context)
        }
        let parts: [MultipartPart]
        do {
            parts = try MultipartFormData.parse(Data(buffer: body), boundary: boundary)
        } catch {
            return try await page(context, problems: [error.message + " Nothing was added."]).response(from: context)
        }
        let token = parts.first { $0.name == "csrf_token" && $0.fileName == nil }?.text ?? ""
        guard SecretToken.constantTimeEquals(token, session.csrfToken) else {
            throw StaleFormError(formPage: WorkspaceGuardMiddleware.formPage(request))
        }
        var fields: [String: String] = [:]
        for part in parts where part.fileName == nil && part.name != "csrf_token" {
            fields[part.name] = part.text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let files = parts.filter { $0.name == "files" && !($0.fileName ?? "").isEmpty }
            .map { DocumentUploads.File(name: $0.fileName ?? "", data: $0.data) }
        guard !files.isEmpty else {
            return try await page(context, problems: ["Choose at least one file to add."], fields: fields)
                .response(from: context)
        }
        var details: [String: JSONValue] = [:]
        for key in ["title", "summary", "place_id", "enabler_id", "date", "origin"] {
            if let value = fields[key], !value.isEmpty { details[key] = .string(value) }
        }
        let outcomes: [DocumentUploads.Outcome]
        do {
            outcomes = try await uploads.add(files, details: .init(fields: details), by: context.viewer)
        } catch ContentEditor<Document>.Refusal.forbidden(let message) {
            throw HTTPError(.forbidden, message: message)
        }
        var added: [DocumentUploadResult] = []
        var refused: [DocumentUploadResult] = []
        for outcome in outcomes {
            switch outcome {
            case .added(let document):
                added.append(
                    DocumentUploadResult(
                        fileName: document.fileName ?? "", title: document.title,
                        codingURL: "/workspace/coding/document/\(document.id)",
                        editURL: "/workspace/documents/\(document.id)"))
            case .refused(let name, let problems):
                refused.append(
                    DocumentUploadResult(
                        fileName: name, message: problems.map(\.message).joined(separator: " ")))
            }
        }
        return try await page(context, added: added, refused: refused, fields: fields).response(from: context)
    }

    private func original(_ context: AppRequestContext) async throws -> Response {
        _ = try context.requireSession()
        guard let id = Document.ID(context.slug(parameter: "id")), let document = try await documents.get(id),
            AccessPolicy.canView(document, as: context.viewer), let sha256 = document.fileSHA256,
            let url = uploads.media.originalURL(sha256: sha256)
        else { throw HTTPError(.notFound) }
        guard let data = try? Data(contentsOf: url) else {
            throw HTTPError(.notFound, message: "The original file is missing from the media folder.")
        }
        let format = DocumentFormat(rawValue: document.format)
        let name = (document.fileName ?? "document").replacingOccurrences(of: "\"", with: "'")
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        return Response(
            status: .ok,
            headers: [
                .contentType: format?.mediaType ?? "application/octet-stream",
                .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
                .cacheControl: "private, no-store", .init("X-Content-Type-Options")!: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
