import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace page of Counts and Measures: one place's figures and examples (drafts included) as the public
/// will see them once published, links to add or correct items, and the CSV export and import.
///
/// Anyone signed in may import, as drafts; an editor may publish what is imported at once. An import is all or
/// nothing: any row that cannot be used is listed with its line and nothing is written.
struct CountsMeasuresWorkspaceController {
    let enablers: any ContentRepository<Enabler>
    let places: any ContentRepository<Place>
    let indicators: any ContentRepository<Indicator>
    let indicatorFigures: any ContentRepository<IndicatorFigure>
    let countsExamples: any ContentRepository<CountsExample>
    let countsMeasuresWriter: any CountsMeasuresWriting
    let chrome: WorkspaceChrome
    let renderer: PageRenderer
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("counts") { request, context in
            try await page(request, context, problems: [], csv: "", notice: nil).response(from: context)
        }
        group.get("counts/export.csv") { request, _ in try await export(request) }
        group.post("counts/import") { request, context in try await importCSV(request, context) }
    }

    private func page(
        _ request: Request, _ context: AppRequestContext, problems: [String], csv: String, notice: String?,
        status: HTTPResponse.Status = .ok
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let places = try await places.all().sorted { $0.name.lowercased() < $1.name.lowercased() }
        let chosen =
            request.uri.queryParameters.get("place").flatMap { id in places.first { $0.id.description == id } }
            ?? places.first
        var table = CountsMeasuresTable(parts: [], hasAny: false)
        if let chosen {
            let byPlace = ContentQuery(placeID: chosen.id)
            table = CountsMeasuresTable.build(
                placeName: chosen.name, indicators: try await indicators.all(),
                figures: try await indicatorFigures.all(byPlace),
                examples: try await countsExamples.all(byPlace),
                enablers: try await enablers.all(), html: { renderer.html($0) })
        }
        let noticeText: String? =
            switch request.uri.queryParameters.get("notice") {
            case "imported": "The file was imported."
            default: notice
            }
        let model = CountsWorkspaceViewModel(
            places: places.map {
                CountsPlaceOption(id: $0.id.description, name: $0.name, isSelected: $0.id == chosen?.id)
            },
            placeName: chosen?.name, placeID: chosen?.id.description ?? "", table: table,
            exportURL: "/workspace/counts/export.csv" + (chosen.map { "?place=\($0.id)" } ?? ""),
            problems: problems, hasProblems: !problems.isEmpty, csv: csv, notice: noticeText,
            canPublish: AccessPolicy.canPublish(as: context.viewer), csrfToken: session.csrfToken,
            columns: CountsMeasuresCSV.columns.joined(separator: ","))
        var response = try await chrome.page(
            model, title: "Counts and Measures", section: "counts", session: session)
        response.status = status
        return response
    }

    private func export(_ request: Request) async throws -> Response {
        let place = request.uri.queryParameters.get("place").flatMap { Place.ID($0) }
        let byPlace = ContentQuery(placeID: place)
        let records = CountsMeasuresImport.records(
            places: try await places.all(), enablers: try await enablers.all(),
            indicators: try await indicators.all(), figures: try await indicatorFigures.all(byPlace),
            examples: try await countsExamples.all(byPlace))
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"counts-and-measures.csv\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: CountsMeasuresCSV.csv(records))))
    }

    private func importCSV(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canCreate(as: context.viewer) else { throw HTTPError(.forbidden) }
        let csv = form["csv"]
        func refuse(_ problems: [String]) async throws -> Response {
            try await page(
                request, context, problems: problems + ["Nothing was imported."], csv: csv, notice: nil,
                status: .unprocessableContent
            ).response(from: request, context: context)
        }
        guard !csv.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return try await refuse(["Choose a CSV file or paste its text first."])
        }
        let records: [CountsMeasuresRecord]
        do {
            records = try CountsMeasuresCSV.records(from: csv)
        } catch {
            return try await refuse(
                error.problems.map(\.description)
                    + (error.omittedCount > 0 ? ["…and \(error.omittedCount) more problems."] : []))
        }
        let publishes = form["publish"] == "yes" && AccessPolicy.canPublish(as: context.viewer)
        let importer = CountsMeasuresImport(
            places: try await places.all(), enablers: try await enablers.all(),
            indicators: try await indicators.all(), figures: try await indicatorFigures.all(),
            examples: try await countsExamples.all(), ids: ids, now: time.now(), author: session.user.id,
            status: publishes ? .published : .draft, viewer: context.viewer)
        switch importer.batch(for: records) {
        case .failure(let problems):
            return try await refuse(problems.messages)
        case .success(let (batch, summary)):
            do {
                try await countsMeasuresWriter.save(batch)
            } catch let error as ValidationError {
                return try await refuse(error.problems.map { "\($0.field): \($0.message)" })
            } catch let error as StoreError {
                return try await refuse([error.description])
            }
            return try await page(request, context, problems: [], csv: "", notice: summary.sentence)
                .response(from: request, context: context)
        }
    }
}
