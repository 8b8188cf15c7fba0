import Foundation
import HTTPTypes
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineStore

/// The API's testimony media routes: upload a recording (the body is the file), and read or replace the
/// transcript (the body is WebVTT, SRT or `[hh:mm:ss]` text).
///
/// A bad upload or transcript is refused with every problem and leaves what was stored untouched: recordings
/// are checked before they are moved into place, transcripts are parsed whole before one transaction swaps them.
struct TestimonyAPIController {
    let testimonies: any ContentRepository<Testimony>
    let transcripts: any TranscriptRepository
    let access: TestimonyAccess
    let media: MediaLibrary

    /// The largest transcript accepted, in bytes (a four-hour interview is well under 2 MB of WebVTT).
    static let maximumTranscriptBytes = 16 * 1024 * 1024

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.put("testimony/:id/recording") { request, context in try await uploadRecording(request, context) }
        group.get("testimony/:id/transcript") { _, context in try await readTranscript(context) }
        group.put("testimony/:id/transcript") { request, context in try await replaceTranscript(request, context) }
    }

    private func editable(_ context: AppRequestContext) async throws -> Testimony {
        guard context.user != nil else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
        }
        guard let id = Testimony.ID(context.slug(parameter: "id")), let testimony = try await testimonies.get(id)
        else { throw APIError.notFound("The testimony") }
        guard AccessPolicy.canEdit(testimony, as: context.viewer) else {
            throw APIError(.forbidden, code: "forbidden", message: "Your role cannot change this testimony.")
        }
        return testimony
    }

    private func uploadRecording(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let testimony = try await editable(context)
        let name = request.uri.queryParameters.get("name") ?? request.headers[HTTPField.Name("X-File-Name")!]
        let stored: StoredRecording
        do {
            try media.checkDeclaredLength(request.headers[.contentLength])
            stored = try await media.store(
                body: request.body, claimedName: name, claimedType: request.headers[.contentType])
        } catch let refusal as MediaLibrary.Refusal {
            let status: HTTPResponse.Status =
                switch refusal.reason {
                case .tooLarge: .contentTooLarge
                case .malformed: .badRequest
                case .notARecording: .unprocessableContent
                case .storageFailed: .internalServerError
                }
            throw APIError(
                status, code: refusal.reason == .tooLarge ? "too_large" : "bad_recording",
                message: refusal.message, fields: [FieldProblem(field: "recording", message: refusal.message)])
        }
        try await transcripts.attachRecording(stored, to: testimony.id, fileName: name)
        guard let updated = try await testimonies.get(testimony.id) else {
            throw APIError.notFound("The testimony")
        }
        return try APIJSON.response(updated)
    }

    struct TranscriptBody: Encodable {
        var cues: [TranscriptCue]
        /// What the import changed on the way in, one sentence each; absent when reading a stored transcript.
        var notes: [String]? = nil
    }

    private func readTranscript(_ context: AppRequestContext) async throws -> Response {
        guard let visible = try await access.visible(context.slug(parameter: "id"), to: context.viewer) else {
            throw APIError.notFound("The testimony")
        }
        return try APIJSON.response(TranscriptBody(cues: try await access.cues(of: visible)))
    }

    private func replaceTranscript(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let testimony = try await editable(context)
        let body = try await request.body.collect(upTo: Self.maximumTranscriptBytes)
        let data = Data(buffer: body)
        let outcome = try TranscriptImport.parseWithNotes(
            data, format: request.uri.queryParameters.get("format"), fileName: request.uri.queryParameters.get("name"),
            durationMs: testimony.durationMs)
        try await transcripts.replace(cues: outcome.cues, of: testimony.id, durationFromTranscript: true)
        return try APIJSON.response(TranscriptBody(cues: outcome.cues, notes: outcome.notes))
    }
}
