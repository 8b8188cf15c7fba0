import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The workspace pages particular to reports: a report's sections in order with publishing and its versions, a
/// preview of the next version, a comparison of two versions, and the live preview beside a section's editor.
struct ReportWorkspaceController {
    let learningAreas: any ContentRepository<LearningArea>
    let reports: any ContentRepository<Report>
    let reportVersions: any ReportRepository
    let chrome: WorkspaceChrome
    let site: PublicSite
    let time: any TimeSource

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("reports/:id/manage") { request, context in
            try await managePage(request, context, problems: []).response(from: context)
        }
        group.post("reports/:id/publish-version") { request, context in try await publish(request, context) }
        group.get("reports/:id/preview") { _, context in
            _ = try context.requireSession()
            return HTMLPage(try await site.reportPreview(try await report(context)))
        }
        group.get("reports/:id/compare") { request, context in
            try await comparePage(request, context).response(from: context)
        }
        group.post("report-preview") { request, context in try await livePreview(request, context) }
    }

    private func report(_ context: AppRequestContext) async throws -> Report {
        guard let id = Report.ID(context.slug(parameter: "id")), let report = try await reports.get(id) else {
            throw HTTPError(.notFound)
        }
        return report
    }

    private func managePage(_ request: Request, _ context: AppRequestContext, problems: [String]) async throws
        -> HTMLPage
    {
        let session = try context.requireSession()
        let report = try await report(context)
        let sections = try await reportVersions.sections(of: report.id)
        let versions = try await reportVersions.versions(of: report.id)
        let areas = try await learningAreas.get(ids: sections.compactMap(\.learningAreaID))
        let areaNames = Dictionary(areas.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let nextPosition = (sections.map(\.position).max() ?? 0) + 1
        let latest = versions.first
        let unpublishedChanges =
            latest.map { !$0.snapshot.hasSameContent(as: ReportSnapshot.nextVersion(of: report, sections: sections)) }
            ?? true
        let drafts = sections.filter { $0.status != .published }.count
        let published = request.uri.queryParameters.get("published").flatMap { Int($0) }
        let model = ReportManageViewModel(
            title: report.title, editURL: "/workspace/reports/\(report.id)",
            publicURL: report.isPublished && latest != nil ? SiteURL.of(report) : nil,
            previewURL: "/workspace/reports/\(report.id)/preview",
            publishAction: "/workspace/reports/\(report.id)/publish-version", csrfToken: session.csrfToken,
            canPublish: AccessPolicy.canPublish(as: context.viewer),
            notice: published.map { "Published as version \($0)." },
            statusText: latest.map {
                "Version \($0.number) is public (published \(DateText.display($0.publishedAt)))."
                    + (report.isPublished ? "" : " The report is unpublished, so readers see nothing.")
            } ?? "Not published yet.",
            hasUnpublishedChanges: unpublishedChanges && report.isPublished,
            draftText: Self.draftText(drafts, canInclude: AccessPolicy.canPublish(as: context.viewer)),
            sections: try await sectionRows(
                sections, areaNames: areaNames, canInclude: AccessPolicy.canPublish(as: context.viewer)),
            hasSections: !sections.isEmpty,
            newSectionURL: AccessPolicy.canAddSection(to: report, as: context.viewer)
                ? "/workspace/report-sections/new?report_id=\(report.id)&position=\(nextPosition)" : nil,
            versions: versions.enumerated().map { index, version in
                ReportManageVersion(
                    number: version.number, publishedText: DateText.display(version.publishedAt),
                    compareURL: index + 1 < versions.count
                        ? "/workspace/reports/\(report.id)/compare?from=\(versions[index + 1].number)&to=\(version.number)"
                        : nil)
            },
            hasVersions: !versions.isEmpty,
            compareAction: "/workspace/reports/\(report.id)/compare", problems: problems,
            hasProblems: !problems.isEmpty)
        var page = try await chrome.page(
            model,
            title: (problems.isEmpty ? "" : "Error: ") + "Sections and versions: \(report.title)", section: "reports",
            session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    /// What the manage page says of draft sections, or `nil` when there are none.
    static func draftText(_ drafts: Int, canInclude: Bool) -> String? {
        guard drafts > 0 else { return nil }
        let one = drafts == 1
        let them = one ? "it" : "them"
        return "\(drafts) section\(one ? " is a draft" : "s are drafts"): a new version leaves \(them) out unless "
            + (canInclude ? "you include \(them) below, which publishes \(them)." : "an editor includes \(them).")
    }

    /// The sections as the manage page lists them, each with embeds that cannot be read or that readers will not
    /// see (consent withdrawn, a draft story), so an editor knows before publishing.
    private func sectionRows(
        _ sections: [ReportSection], areaNames: [LearningArea.ID: String], canInclude: Bool
    ) async throws -> [ReportManageSection] {
        let unavailable = try await site.unavailableEmbeds(in: sections)
        return zip(sections, unavailable).map { section, hidden in
            ReportManageSection(
                id: section.id.description, seenAt: DateText.timestamp(section.updatedAt), position: section.position,
                title: section.title,
                isDraft: section.status != .published, canInclude: canInclude,
                areaName: section.learningAreaID.flatMap { areaNames[$0] } ?? "No learning area",
                editURL: "/workspace/report-sections/\(section.id)",
                problems: ReportBody(section.body).problems.map(\.description) + hidden)
        }
    }

    private func publish(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canPublish(as: context.viewer) else { throw HTTPError(.forbidden) }
        let report = try await report(context)
        let sections = try await reportVersions.sections(of: report.id)
        let known = Dictionary(uniqueKeysWithValues: sections.map { ($0.id.description, $0) })
        var included: Set<ReportSection.ID> = []
        var problems: [String] = []
        for text in form.all("include_section") {
            guard let section = known[text] else {
                problems.append("A section chosen to include (\(text)) is not one of this report's.")
                continue
            }
            // The editor includes what they saw: a draft edited since the page was opened is looked at again.
            let seen = form["seen_\(text)"]
            if !seen.isEmpty, seen != DateText.timestamp(section.updatedAt) {
                problems.append(
                    "“\(section.title)” was changed after this page was opened: read it again before including it.")
            }
            included.insert(section.id)
        }
        problems += ReportSnapshot.nextVersion(of: report, sections: sections, including: included)
            .unreadableEmbeds.map(\.message)
        guard problems.isEmpty else {
            return try await managePage(request, context, problems: problems).response(from: context)
        }
        let version: ReportVersion
        do {
            version = try await reportVersions.publish(
                report.id, by: session.user.id, at: time.now(), including: included)
        } catch StoreError.conflict(let problems) {
            // A chosen section deleted meanwhile: said on the page, nothing published.
            return try await managePage(request, context, problems: problems.map(\.message)).response(from: context)
        }
        return Response(
            status: .seeOther,
            headers: [.location: "/workspace/reports/\(report.id)/manage?published=\(version.number)"])
    }

    private func comparePage(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let report = try await report(context)
        let query = request.uri.queryParameters
        guard let fromNumber = query.get("from").flatMap({ Int($0) }),
            let toNumber = query.get("to").flatMap({ Int($0) }),
            let older = try await reportVersions.version(fromNumber, of: report.id),
            let newer = try await reportVersions.version(toNumber, of: report.id)
        else {
            throw HTTPError(.notFound, message: "Choose two published versions of this report to compare.")
        }
        let model = ReportComparison(older: older.snapshot, newer: newer.snapshot).viewModel(
            title: report.title, fromNumber: fromNumber, toNumber: toNumber,
            manageURL: "/workspace/reports/\(report.id)/manage")
        return try await chrome.page(
            model, title: "Compare versions: \(report.title)", section: "reports",
            session: session)
    }

    /// The section text as readers would see it, for the preview beside the editor (a fragment of HTML).
    private func livePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let position = Int(form["position"]) ?? 1
        let section = ReportSection(
            id: ReportSection.ID(UUID()), position: position, body: form["body"],
            questions: form["questions"].split(whereSeparator: \.isNewline).map(String.init), createdAt: time.now())
        let problems = ReportBody(section.body).problems.map(\.description)
        var html =
            problems.isEmpty
            ? "" : site.renderer.fragment(PreviewProblemsView(problems: problems))
        html += try await site.reportSectionPreview(section)
        return Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
