import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The API's report versions: list a report's published versions, read one, and publish a new one — what the
/// workspace's "Publish a new version" and "What changed" do, for scripts.
struct ReportAPIController {
    let reports: any ContentRepository<Report>
    let reportVersions: any ReportRepository
    let time: any TimeSource

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("reports/:id/versions") { _, context in try await list(context) }
        group.get("reports/:id/versions/:number") { _, context in try await one(context) }
        group.post("reports/:id/versions") { request, context in try await publish(request, context) }
    }

    /// A version as the API shows it.
    struct VersionBody: Encodable {
        var number: Int
        var publishedAt: String
        var report: Report
        var sections: [ReportSection]

        enum CodingKeys: String, CodingKey {
            case number, report, sections
            case publishedAt = "published_at"
        }

        init(_ version: ReportVersion) {
            number = version.number
            publishedAt = DateText.timestamp(version.publishedAt)
            var report = version.snapshot.report
            report.authorID = nil
            self.report = report
            sections = version.snapshot.sections.map { section in
                var section = section
                section.authorID = nil
                return section
            }
        }
    }

    /// The list: numbers and dates, newest first.
    struct ListBody: Encodable {
        struct Entry: Encodable {
            var number: Int
            var publishedAt: String

            enum CodingKeys: String, CodingKey {
                case number
                case publishedAt = "published_at"
            }
        }

        var items: [Entry]
    }

    private func report(_ context: AppRequestContext) async throws -> Report {
        // Versions include what readers no longer see (and sections never public alone): for the team only.
        guard context.user != nil else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
        }
        guard let id = Report.ID(context.slug(parameter: "id")), let report = try await reports.get(id) else {
            throw APIError.notFound("The report")
        }
        return report
    }

    private func list(_ context: AppRequestContext) async throws -> Response {
        let report = try await report(context)
        let versions = try await reportVersions.versions(of: report.id)
        return try APIJSON.response(
            ListBody(
                items: versions.map {
                    ListBody.Entry(number: $0.number, publishedAt: DateText.timestamp($0.publishedAt))
                }))
    }

    private func one(_ context: AppRequestContext) async throws -> Response {
        let report = try await report(context)
        guard let number = Int(context.slug(parameter: "number")),
            let version = try await reportVersions.version(number, of: report.id)
        else { throw APIError.notFound("Version \(context.slug(parameter: "number")) of the report") }
        return try APIJSON.response(VersionBody(version))
    }

    /// Publishes a new version of the report's published sections. An optional body
    /// `{"include_sections": ["<section id>", …]}` names draft sections to include, which publishes them too.
    private func publish(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let report = try await report(context)
        guard AccessPolicy.canPublish(as: context.viewer), let user = context.user else {
            throw APIError(.forbidden, code: "forbidden", message: "Only editors and admins may publish reports.")
        }
        let sections = try await reportVersions.sections(of: report.id)
        let included = try await includedDrafts(request, of: sections)
        let problems = ReportSnapshot.nextVersion(of: report, sections: sections, including: included).unreadableEmbeds
        guard problems.isEmpty else { throw APIError.validation(problems) }
        let version = try await reportVersions.publish(
            report.id, by: user.id, at: time.now(), including: included)
        return try APIJSON.response(VersionBody(version), status: .created)
    }

    /// The sections named in the body's `include_sections`, each one of this report's; none for an empty body.
    private func includedDrafts(_ request: Request, of sections: [ReportSection]) async throws
        -> Set<ReportSection.ID>
    {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: APIJSON.maximumBodySize)
        } catch {
            throw APIError(
                .contentTooLarge, code: "too_large",
                message: "The body is larger than \(APIJSON.maximumBodySize) bytes.")
        }
        // No body at all is the common case: publish the published sections.
        guard buffer.readableBytes > 0 else { return [] }
        let body = try APIJSON.object(from: buffer)
        let unknown = body.keys.filter { $0 != "include_sections" }.sorted()
        guard unknown.isEmpty else {
            throw APIError.validation(
                unknown.map { FieldProblem(field: $0, message: "Is not a field of this request.") })
        }
        guard let value = body["include_sections"] else { return [] }
        guard let list = value.arrayValue else {
            throw APIError.validation([
                FieldProblem(field: "include_sections", message: "Must be a list of section IDs.")
            ])
        }
        let known = Set(sections.map(\.id))
        var included: Set<ReportSection.ID> = []
        var problems: [FieldProblem] = []
        for (index, item) in list.enumerated() {
            guard let text = item.stringValue, let id = ReportSection.ID(text) else {
                problems.append(
                    FieldProblem(field: "include_sections[\(index)]", message: "Must be a section ID (a UUID)."))
                continue
            }
            if known.contains(id) {
                included.insert(id)
            } else {
                problems.append(
                    FieldProblem(
                        field: "include_sections[\(index)]", message: "\(text) is not a section of this report."))
            }
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        return included
    }
}
