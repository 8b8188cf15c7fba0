import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The audit trail for admins: every recorded change, filtered by who, what and when, a page at a time, and as
/// CSV. Everyone else is refused (403); the workspace guard sends anyone not signed in to sign in.
struct AuditWorkspaceController {
    let audit: any AuditRepository
    let chrome: WorkspaceChrome

    /// The most events one CSV download holds: enough for any real review, bounded so one request cannot hold the
    /// whole history of a busy hub in memory.
    static let csvLimit = 100_000

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("audit") { request, context in try await page(request, context).response(from: context) }
        group.get("audit.csv") { request, context in try await csv(request, context) }
    }

    private func requireAdmin(_ context: AppRequestContext) throws -> Session {
        let session = try context.requireSession()
        guard AccessPolicy.canReadAuditTrail(as: context.viewer) else { throw HTTPError(.forbidden) }
        return session
    }

    private func filter(of request: Request) -> AuditFilter {
        var parameters: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { parameters[String(key)] = String(value) }
        return AuditFilter(parameters)
    }

    private func page(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try requireAdmin(context)
        let filter = filter(of: request)
        var rows: [AuditViewModel.Row] = []
        var countText = ""
        var previousURL: String?
        var nextURL: String?
        if let query = filter.query() {
            let page = try await audit.list(query)
            rows = page.items.map(Self.row)
            countText = Self.countText(page, page: filter.page)
            if filter.page > 1 { previousURL = filter.url("/workspace/audit", page: filter.page - 1) }
            if query.offset + page.items.count < page.total {
                nextURL = filter.url("/workspace/audit", page: filter.page + 1)
            }
        }
        let model = AuditViewModel(
            actor: filter.actor,
            actions: AuditAction.allCases.map {
                OptionView(
                    value: $0.rawValue, label: $0.rawValue.capitalizedFirst, isSelected: $0.rawValue == filter.action,
                    id: "audit-action-\($0)")
            },
            kind: filter.kind, entityID: filter.entityID, from: filter.from, to: filter.to,
            problems: filter.problems.map { ProblemView(fieldID: "audit-\($0.field)", message: $0.message) },
            hasProblems: !filter.problems.isEmpty, rows: rows, hasRows: !rows.isEmpty, countText: countText,
            previousURL: previousURL, nextURL: nextURL, csvURL: filter.url("/workspace/audit.csv"),
            clearURL: "/workspace/audit")
        var response = try await chrome.page(
            model, title: filter.problems.isEmpty ? "Audit trail" : "Error: Audit trail",
            section: "audit", session: session)
        if !filter.problems.isEmpty { response.status = .badRequest }
        return response
    }

    private func csv(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireAdmin(context)
        let filter = filter(of: request)
        guard filter.problems.isEmpty else {
            return Response(
                status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(
                    byteBuffer: ByteBuffer(string: filter.problems.map(\.message).joined(separator: "\n") + "\n")))
        }
        var lines = ["when,actor,actor_id,action,entity_kind,entity_id,summary,changes"]
        var pageNumber = 1
        // Events written while the file is read push older ones down a page, so a page can start with events
        // already written out; they are skipped by id (none is missed: events only ever move down).
        var written: Set<Int> = []
        while let query = filter.query(limit: AuditQuery.maximumLimit, page: pageNumber),
            query.offset < Self.csvLimit
        {
            let page = try await audit.list(query)
            lines += page.items.filter { written.insert($0.id).inserted }.map(Self.csvLine)
            if page.items.count < query.limit { break }
            pageNumber += 1
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"audit-trail.csv\"", .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: lines.joined(separator: "\r\n") + "\r\n")))
    }

    private static func csvLine(_ event: AuditEvent) -> String {
        [
            DateText.timestamp(event.at), event.actor, event.actorID?.description ?? "", event.action.rawValue,
            event.entityKind, event.entityID, event.summary,
            event.changes.map(AuditValueText.line).joined(separator: "; "),
        ]
        .map(CSVField.text).joined(separator: ",")
    }

    private static func row(_ event: AuditEvent) -> AuditViewModel.Row {
        let kind = EntityKind(rawValue: event.entityKind)
        return AuditViewModel.Row(
            when: whenText(event.at), timestamp: DateText.timestamp(event.at), who: event.actor,
            action: event.action.rawValue.capitalizedFirst,
            kind: kind?.singularName ?? event.entityKind.replacingOccurrences(of: "_", with: " "),
            entityID: event.entityID,
            entityURL: kind.map { "/workspace/\($0.pathSegment)/\(event.entityID)" },
            summary: event.summary,
            changes: event.changes.map {
                AuditViewModel.Change(
                    field: $0.field.replacingOccurrences(of: "_", with: " "), from: AuditValueText.text($0.from),
                    to: AuditValueText.text($0.to))
            },
            hasChanges: !event.changes.isEmpty)
    }

    /// A moment as `2026-03-31 14:05:09 UTC`: to the second, since events follow each other quickly.
    static func whenText(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().dateSeparator(.dash).dateTimeSeparator(.space).time(
                includingFractionalSeconds: false
            ).timeSeparator(.colon)) + " UTC"
    }

    private static func countText(_ page: Page<AuditEvent>, page number: Int) -> String {
        guard page.total > 0 else { return "No events match." }
        guard !page.items.isEmpty else { return "No events on page \(number); \(page.total.groupedText) match." }
        let first = page.offset + 1
        let last = page.offset + page.items.count
        return "Events \(first.groupedText)–\(last.groupedText) of \(page.total.groupedText), newest first."
    }
}
