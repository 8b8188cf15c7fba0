import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineStore

/// `/api/v1/programme` (the programme's description) and `/api/v1/openapi.json` (the API's own description).
struct APIProgrammeController: Sendable {
    let programme: any ProgrammeRepository
    let openAPI: Data

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("programme") { _, _ in try APIJSON.response(try await programme.get()) }
        group.put("programme") { request, context in
            guard AccessPolicy.canEditProgramme(as: context.viewer) else {
                throw context.user == nil
                    ? APIError(
                        .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
                    : APIError(
                        .forbidden, code: "forbidden", message: "Only editors and admins can change the programme.")
            }
            let body = try await APIJSON.object(from: request)
            let known = Set(Programme.schema.map(\.key))
            var problems = body.keys.filter { !known.contains($0) }.sorted().map {
                FieldProblem(field: $0, message: "Unknown field.")
            }
            problems += Programme.schema.compactMap { EntitySchema.problem(with: body[$0.key] ?? .null, for: $0) }
            guard problems.isEmpty else { throw APIError.validation(problems) }
            let updated = Programme(
                name: body["name"]?.stringValue ?? "", tagline: body["tagline"]?.stringValue ?? "",
                about: body["about"]?.stringValue ?? "", language: body["language"]?.stringValue ?? "en-GB"
            )
            try await programme.save(updated)
            return try APIJSON.response(updated)
        }
        group.get("openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: openAPI))
            )
        }
    }
}
