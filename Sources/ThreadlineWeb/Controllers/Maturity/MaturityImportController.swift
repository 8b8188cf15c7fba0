import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineSite
import ThreadlineStore

/// `GET`/`POST /workspace/maturity/import`: editors paste (or load) a CSV of answers collected elsewhere. The whole
/// file is checked first; any problem is listed with its line number and nothing is imported.
struct MaturityImportController {
    let enablers: any ContentRepository<Enabler>
    let places: any ContentRepository<Place>
    let maturity: any MaturityRepository
    let chrome: WorkspaceChrome
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("maturity/import") { _, context in
            try await page(context, csv: "", problems: [], notice: nil).response(from: context)
        }
        group.post("maturity/import") { request, context in try await importFile(request, context) }
    }

    private func page(_ context: AppRequestContext, csv: String, problems: [String], notice: String?) async throws
        -> HTMLPage
    {
        let session = try context.requireSession()
        let scale = try await maturity.scale()
        let model = MaturityImportViewModel(
            canManage: AccessPolicy.canManageMaturity(as: context.viewer), csrfToken: session.csrfToken, csv: csv,
            problems: problems, hasProblems: !problems.isEmpty, notice: notice,
            header: (MaturityCSV.requiredColumns + MaturityCSV.optionalColumns).joined(separator: ","),
            scaleText: scale.levels.map { "\($0.value) \($0.descriptor)" }.joined(separator: ", "))
        var page = try await chrome.page(
            model,
            title: (problems.isEmpty ? "" : "Error: ") + "Import maturity answers", section: "maturity",
            session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func importFile(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageMaturity(as: context.viewer) else { throw HTTPError(.forbidden) }
        let csv = form["csv"]
        let scale = try await maturity.scale()
        let read = MaturityCSV.read(
            csv, places: try await places.all(), enablers: try await enablers.all(), scale: scale)
        let responses: [MaturityCSV.Response]
        switch read {
        case .problems(let problems):
            return try await page(
                context, csv: csv, problems: problems.map(\.description) + ["Nothing was imported."], notice: nil
            ).response(from: context)
        case .responses(let found): responses = found
        }
        let now = time.now()
        let generator = ids
        let plan = MaturityImportPlan(
            entries: responses.map { response in
                MaturityImportPlan.Entry(
                    placeID: response.placeID, year: response.year,
                    response: MaturityResponse(
                        id: generator.next(), surveyID: generator.next(), role: response.role, submittedAt: now,
                        origin: .import, answers: response.answers),
                    respondent: response.respondent, line: response.line)
            }, now: now, userID: session.user.id, newSurveyID: { _, _ in generator.next() })
        do {
            let result = try await maturity.importResponses(plan)
            let rows = responses.reduce(0) { $0 + $1.answers.count }
            let notice =
                "Read \(MaturityWorkspaceController.counted(rows, "row", "rows")) of answers. Imported "
                + "\(MaturityWorkspaceController.counted(result.responses, "response", "responses")) with "
                + "\(MaturityWorkspaceController.counted(result.answers, "answer", "answers")); made "
                + "\(MaturityWorkspaceController.counted(result.surveysCreated, "new survey", "new surveys"))."
            return try await page(context, csv: "", problems: [], notice: notice).response(from: context)
        } catch StoreError.conflict(let problems) {
            return try await page(
                context, csv: csv, problems: problems.map(\.message) + ["Nothing was imported."], notice: nil
            ).response(from: context)
        }
    }
}
