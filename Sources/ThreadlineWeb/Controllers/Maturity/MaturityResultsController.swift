import Foundation
import Hummingbird
import ThreadlineCharts
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The maturity results for anyone signed in: a year's places × enablers as a heatmap of medians and as a table
/// (n, median, quartiles, answers per level), the change between two years in words, and each place's years as a
/// radar chart with the same numbers as a table beside it. Only summaries are shown, never one person's answers.
struct MaturityResultsController {
    let enablers: any ContentRepository<Enabler>
    let places: any ContentRepository<Place>
    let maturity: any MaturityRepository
    let chrome: WorkspaceChrome

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("maturity/results") { request, context in
            try await results(request, context).response(from: context)
        }
        group.get("maturity/places/:slug") { request, context in
            try await placePage(request, context).response(from: context)
        }
    }

    /// Everything the results pages are built from.
    private struct Figures {
        var scale: MaturityScale
        var cells: [MaturityCell]
        var years: [Int]
        var places: [Place]
        var enablers: [Enabler]
        var dontKnow: [String: Int] = [:]

        func dontKnow(place: String, enabler: String, year: Int) -> Int {
            dontKnow["\(place) \(enabler) \(year)"] ?? 0
        }
    }

    private func load() async throws -> Figures {
        let scale = try await maturity.scale()
        let ratings = try await maturity.ratings()
        // The store keeps stored answers on the scale (see `saveScale`); any that are not are left out here
        // rather than taking the page down.
        let outside = Set(MaturityAggregation.problems(ratings: ratings, scale: scale).map { $0.index })
        let usable = ratings.enumerated().filter { !outside.contains($0.offset) }.map { $0.element }
        let cells = (try? MaturityAggregation.summaries(ratings: usable, scale: scale)) ?? []
        let placeKeys = Set(cells.map(\.placeKey))
        let places = try await places.all().filter { placeKeys.contains($0.id.description) }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        let enablers = try await enablers.all().sorted { $0.number < $1.number }
        return Figures(
            scale: scale, cells: cells, years: Array(Set(cells.map(\.year))).sorted(), places: places,
            enablers: enablers, dontKnow: try await maturity.dontKnowCounts())
    }

    private func yearOptions(_ years: [Int], selected: Int?) -> [OptionView] {
        years.reversed().map { OptionView(value: String($0), label: String($0), isSelected: $0 == selected) }
    }

    static func histogramText(_ summary: MaturitySummary?, scale: MaturityScale, dontKnow: Int = 0) -> String? {
        let unsure = dontKnow > 0 ? "Don't know: \(dontKnow)" : nil
        guard let summary, let lowest = scale.levels.first?.value else { return unsure }
        let levels =
            "Answers per level: "
            + summary.histogram.enumerated().map { "\(lowest + $0.offset): \($0.element)" }.joined(separator: ", ")
        return [levels, unsure].compactMap { $0 }.joined(separator: "; ")
    }

    private func results(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard AccessPolicy.canReadMaturityResults(as: context.viewer) else { throw HTTPError(.forbidden) }
        let data = try await load()
        let query = request.uri.queryParameters
        let asked = query.get("year").flatMap { Int($0) }
        let year = asked.flatMap { data.years.contains($0) ? $0 : nil } ?? data.years.last
        let enablerNames = data.enablers.map { "\($0.number). \($0.name)" }
        var rows: [MaturityResultRowView] = []
        var svg: String?
        if let year {
            let table = MaturityTableModel(
                year: year, cells: data.cells, placeKeys: data.places.map(\.id.description),
                enablerKeys: data.enablers.map(\.id.description))
            rows = zip(data.places, table.summaries).map { place, summaries in
                MaturityResultRowView(
                    placeName: place.name, placeURL: "/workspace/maturity/places/\(place.slug)?year=\(year)",
                    cells: zip(data.enablers, summaries).map { enabler, summary in
                        MaturityResultCellView(
                            text: MaturityTableModel.cellText(summary),
                            histogram: Self.histogramText(
                                summary, scale: data.scale,
                                dontKnow: data.dontKnow(
                                    place: place.id.description, enabler: enabler.id.description, year: year)))
                    })
            }
            svg = MedianHeatmapChart().svg(
                title: "Median maturity by place and system enabler, \(year)", rowLabels: data.places.map(\.name),
                columnLabels: enablerNames,
                cells: table.summaries.map {
                    $0.map { $0.map { MedianHeatmapChart.Cell(median: $0.median, n: $0.n) } }
                },
                scale: data.scale, idPrefix: "maturity-heatmap")
        }
        // The change: by default from the year before the one shown to the one shown.
        let to = query.get("to").flatMap { Int($0) }.flatMap { data.years.contains($0) ? $0 : nil } ?? year
        let earlier = data.years.filter { $0 < (to ?? Int.min) }
        let from = query.get("from").flatMap { Int($0) }.flatMap { data.years.contains($0) ? $0 : nil } ?? earlier.last
        var changeRows: [MaturityChangeRowView] = []
        if let from, let to, from != to {
            let placeNames = Dictionary(
                data.places.map { ($0.id.description, $0.name) }, uniquingKeysWith: { a, _ in a })
            let enablerOrder = Dictionary(
                data.enablers.enumerated().map { ($0.element.id.description, $0.offset) },
                uniquingKeysWith: { a, _ in a })
            let changes = MaturityAggregation.change(from: from, to: to, cells: data.cells)
                .filter { placeNames[$0.placeKey] != nil && enablerOrder[$0.enablerKey] != nil }
                .sorted {
                    (placeNames[$0.placeKey] ?? "", enablerOrder[$0.enablerKey] ?? 0)
                        < (placeNames[$1.placeKey] ?? "", enablerOrder[$1.enablerKey] ?? 0)
                }
            changeRows = changes.map { change in
                MaturityChangeRowView(
                    placeName: placeNames[change.placeKey] ?? "",
                    enablerName: enablerOrder[change.enablerKey].map { enablerNames[$0] } ?? "",
                    fromText: Self.medianText(change.fromMedian, n: change.fromN),
                    toText: Self.medianText(change.toMedian, n: change.toN), changeText: Self.changeText(change))
            }
        }
        let model = MaturityResultsViewModel(
            year: year, yearOptions: yearOptions(data.years, selected: year), hasData: year != nil,
            heatmapSVG: svg, tableCaption: "Answers by place and system enabler in \(year.map(String.init) ?? "")",
            enablerHeaders: enablerNames, rows: rows, fromOptions: yearOptions(data.years, selected: from),
            toOptions: yearOptions(data.years, selected: to),
            changeCaption: "Change in the median from \(from.map(String.init) ?? "") to \(to.map(String.init) ?? "")",
            changeRows: changeRows, hasChange: !changeRows.isEmpty, scaleText: Self.scaleText(data.scale))
        return try await chrome.page(
            model, title: "Maturity results" + (year.map { ", \($0)" } ?? ""),
            section: "maturity", session: session)
    }

    static func scaleText(_ scale: MaturityScale) -> String {
        scale.levels.map { "\($0.value) \($0.descriptor)" }.joined(separator: ", ")
    }

    /// "3.5 (n 4)", or "no answers".
    static func medianText(_ median: Double?, n: Int) -> String {
        guard let median else { return "no answers" }
        return "\(MaturityNumberText.text(median)) (n \(n))"
    }

    /// "up 1", "down 0.5", "no change", or "no answers in 2023".
    static func changeText(_ change: MaturityChange) -> String {
        guard let difference = change.medianDifference else {
            let missing = [change.fromN == 0 ? change.fromYear : nil, change.toN == 0 ? change.toYear : nil]
                .compactMap { $0 }.map(String.init)
            return "no answers in " + missing.joined(separator: " or ")
        }
        if difference > 0 { return "up \(MaturityNumberText.text(difference))" }
        if difference < 0 { return "down \(MaturityNumberText.text(-difference))" }
        return "no change"
    }

    private func placePage(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard AccessPolicy.canReadMaturityResults(as: context.viewer) else { throw HTTPError(.forbidden) }
        guard let place = try await places.get(slug: context.slug(parameter: "slug")) else {
            throw HTTPError(.notFound)
        }
        let data = try await load()
        let key = place.id.description
        let cells = data.cells.filter { $0.placeKey == key }
        let years = Array(Set(cells.map(\.year))).sorted()
        let asked = request.uri.queryParameters.get("year").flatMap { Int($0) }
        let year = asked.flatMap { years.contains($0) ? $0 : nil } ?? years.last
        let tables = years.map {
            MaturityTableModel(
                year: $0, cells: cells, placeKeys: [key], enablerKeys: data.enablers.map(\.id.description))
        }
        let rows = data.enablers.enumerated().map { column, enabler in
            MaturityPlaceRowView(
                enablerName: "\(enabler.number). \(enabler.name)",
                cells: tables.map { table in
                    let summary = table.summaries.first?[column] ?? nil
                    return MaturityResultCellView(
                        text: MaturityTableModel.cellText(summary),
                        histogram: Self.histogramText(
                            summary, scale: data.scale,
                            dontKnow: data.dontKnow(place: key, enabler: enabler.id.description, year: table.year)))
                })
        }
        var svg: String?
        var note: String?
        if let year, let index = years.firstIndex(of: year) {
            // The chosen year solid, the survey before it dashed, so a shift shows in shape and line, not colour only.
            var shown = [(year, RadarSeries.LineStyle.solid)]
            if index > 0 { shown.insert((years[index - 1], .dashed), at: 0) }
            let series = shown.map { shownYear, style in
                let table = tables[years.firstIndex(of: shownYear) ?? 0]
                return RadarSeries(
                    label: String(shownYear), values: (table.summaries.first ?? []).map { $0?.median }, style: style)
            }
            let highest = data.scale.levels.last?.value ?? 0
            if data.scale.levels.first?.value == 1 {
                var chart = RadarChart()
                // Enabler names are long; more room either side keeps the left and right labels inside the drawing.
                chart.axisLabelRoom = 180
                svg = chart.svg(
                    title: "Median maturity in \(place.name), \(series.map(\.label).joined(separator: " and "))",
                    axes: data.enablers.map { "\($0.number). \($0.name)" }, series: series, scaleMax: highest,
                    scaleLabels: data.scale.levels.map(\.descriptor), idPrefix: "maturity-radar")
            }
            if svg == nil {
                note =
                    "A radar chart needs at least three system enablers and a scale starting at 1; the table "
                    + "below has the figures."
            }
        }
        let model = MaturityPlaceViewModel(
            placeName: place.name, year: year, yearOptions: yearOptions(years, selected: year),
            action: "/workspace/maturity/places/\(place.slug)", radarSVG: svg, radarNote: note,
            tableCaption: "Answers about \(place.name) by system enabler and year",
            yearHeaders: years.map(String.init), rows: rows, hasData: !years.isEmpty,
            scaleText: Self.scaleText(data.scale))
        return try await chrome.page(
            model, title: "Maturity in \(place.name)", section: "maturity",
            session: session)
    }
}
