import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace page for exchanging coding with NVivo, ATLAS.ti and MAXQDA: download the programme as a REFI-QDA
/// project or the codebook alone, and upload a project or codebook from another tool (editors, since an import adds
/// sources and codes for everyone).
struct REFIWorkspaceController {
    let refi: REFIRepositories
    let chrome: WorkspaceChrome
    let media: MediaLibrary
    let time: any TimeSource

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("refi") { _, context in try await page(context).response(from: context) }
        group.get("refi/project.qdpx") { _, context in try await exportProject(context) }
        group.get("codes.qdc") { _, context in try await exportCodebook(context) }
        group.put("refi/import") { request, context in try await importFile(request, context) }
    }

    private func page(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        return try await chrome.page(
            REFIWorkspaceViewModel(
                csrfToken: session.csrfToken, canImport: AccessPolicy.canPublish(as: context.viewer)),
            title: "Exchange with other QDA tools", section: "codes", session: session)
    }

    private func exportProject(_ context: AppRequestContext) async throws -> Response {
        _ = try context.requireSession()
        guard AccessPolicy.canPublish(as: context.viewer) else { throw HTTPError(.forbidden) }
        let (project, _) = try await REFIExporter(
            repositories: refi, media: media, today: PartialDate(dayOf: time.now())
        )
        .project()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("threadline-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: file) }
        try QDPXWriter.write(project, to: file)
        let data = try Data(contentsOf: file)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/zip",
                .contentDisposition: "attachment; filename=\"\(Self.fileName(project.name)).qdpx\"",
                .cacheControl: "no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func exportCodebook(_ context: AppRequestContext) async throws -> Response {
        _ = try context.requireSession()
        let data = try await REFIExchange.exportCodebook(repositories: refi)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/xml; charset=utf-8",
                .contentDisposition: "attachment; filename=\"codebook.qdc\"", .cacheControl: "no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The body is the file itself (sent by the page's script with the session's token in a header).
    private func importFile(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        guard
            SecretToken.constantTimeEquals(
                request.headers[AuthenticationMiddleware.csrfHeader] ?? "", session.csrfToken)
        else { throw HTTPError(.forbidden, message: "The upload's security token is missing or out of date.") }
        guard AccessPolicy.canPublish(as: context.viewer) else { throw HTTPError(.forbidden) }
        let name = request.uri.queryParameters.get("name") ?? "upload.qdpx"
        let isCodebook = name.lowercased().hasSuffix(".qdc")
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let importer = REFIImporter(repositories: refi, media: media, time: time)
        do {
            let summary: REFIImporter.Summary
            if isCodebook {
                summary = try await importer.importCodebook(Data(buffer: body))
            } else {
                try FileManager.default.createDirectory(at: media.root, withIntermediateDirectories: true)
                let file = media.root.appendingPathComponent(".upload-\(UUID().uuidString).qdpx")
                defer { try? FileManager.default.removeItem(at: file) }
                try Data(buffer: body).write(to: file)
                summary = try await importer.importProject(at: file)
            }
            let read = summary.read.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
            let added = summary.result.added.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            let kept = summary.result.alreadyStored.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            let message =
                "Read \(read). Added \(added.isEmpty ? "nothing" : added.joined(separator: ", "))."
                + (kept.isEmpty ? "" : " Already here, left as they were: \(kept.joined(separator: ", ")).")
                + (summary.skipped.isEmpty ? "" : " " + summary.skipped.joined(separator: " "))
            return try APIJSON.response(ImportMessage(message: message))
        } catch let error as REFIQDAError {
            return try APIJSON.response(
                ImportFailure(error: ImportMessage(message: error.description + " Nothing was imported.")),
                status: .unprocessableContent)
        } catch let error as StoreError {
            return try APIJSON.response(
                ImportFailure(error: ImportMessage(message: error.description + " Nothing was imported.")),
                status: .unprocessableContent)
        }
    }

    private struct ImportMessage: Encodable {
        var message: String
    }

    private struct ImportFailure: Encodable {
        var error: ImportMessage
    }

    static func fileName(_ name: String) -> String {
        Slug.make(from: name).nonBlank ?? "threadline"
    }
}
