import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineStore

/// The API's report versions: list a report's published versions, read one, and publish a new one — what the
/// workspace's "Publish a new version" and "What changed" do, for scripts.
struct ReportAPIController {
    let store: ThreadlineStore
    let time: any TimeSource

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("reports/:id/versions") { _, context in try await list(context) }
        group.get("reports/:id/versions/:number") { _, context in try await one(context) }
        group.post("reports/:id/versions") { _, context in try await publish(context) }
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
        guard let id = Report.ID(context.slug(parameter: "id")), let report = try await store.reports.get(id) else {
            throw APIError.notFound("The report")
        }
        return report
    }

    private func list(_ context: AppRequestContext) async throws -> Response {
        let report = try await report(context)
        let versions = try await store.reportVersions.versions(of: report.id)
        return try APIJSON.response(
            ListBody(
                items: versions.map {
                    ListBody.Entry(number: $0.number, publishedAt: DateText.timestamp($0.publishedAt))
                }))
    }

    private func one(_ context: AppRequestContext) async throws -> Response {
        let report = try await report(context)
        guard let number = Int(context.slug(parameter: "number")),
            let version = try await store.reportVersions.version(number, of: report.id)
        else { throw APIError.notFound("Version \(context.slug(parameter: "number")) of the report") }
        return try APIJSON.response(VersionBody(version))
    }

    private func publish(_ context: AppRequestContext) async throws -> Response {
        let report = try await report(context)
        guard AccessPolicy.canPublish(as: context.viewer), let user = context.user else {
            throw APIError(.forbidden, code: "forbidden", message: "Only editors and admins may publish reports.")
        }
        let sections = try await store.reportVersions.sections(of: report.id)
        let problems = sections.flatMap { section in
            ReportBody(section.body).problems.map {
                FieldProblem(field: "sections[\(section.position)].body", message: $0.description)
            }
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        let version = try await store.reportVersions.publish(report.id, by: user.id, at: time.now())
        return try APIJSON.response(VersionBody(version), status: .created)
    }
}
