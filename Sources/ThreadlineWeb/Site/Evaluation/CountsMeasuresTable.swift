import ThreadlineCharts
import ThreadlineCore

/// One place's Counts and Measures as a reader sees them: per enabler, a table of indicators × six-month periods
/// with a sparkline per indicator, and the qualitative examples by period. The same model serves the public place
/// page (published items only) and the workspace (everything), so the two never disagree on arithmetic.
struct CountsMeasuresTable {
    /// One enabler's part.
    struct EnablerPart {
        var enablerName: String
        var anchor: String
        var captionID: String
        var periods: [PeriodHeading]
        var rows: [IndicatorRow]
        var hasRows: Bool
        var examples: [ExampleItem]
        var hasExamples: Bool
    }

    /// A column heading: "2024 H1" with "January–June 2024" for screen readers and hover.
    struct PeriodHeading {
        var text: String
        var label: String
    }

    /// One indicator's row.
    struct IndicatorRow {
        var name: String
        var unit: String
        var cells: [Cell]
        var sparklineSVG: String
        var trendText: String
    }

    /// One figure, or a gap.
    struct Cell {
        var text: String
        var isMissing: Bool
        var note: String?
    }

    /// One qualitative example.
    struct ExampleItem {
        var title: String
        var period: String
        var periodLabel: String
        var textHTML: String
        var anchor: String
    }

    var parts: [EnablerPart]
    var hasAny: Bool

    /// Builds the table from the place's items (already filtered to what the viewer may see).
    static func build(
        placeName: String, indicators: [Indicator], figures: [IndicatorFigure], examples: [CountsExample],
        enablers: [Enabler], html: (String) -> String
    ) -> CountsMeasuresTable {
        let indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Only rows that will be shown set the columns: a draft indicator's figures must not add empty periods.
        let enablerIDs = Set(enablers.map(\.id))
        let shownFigures = figures.filter { figure in
            figure.indicatorID.flatMap { indicatorsByID[$0] }?.enablerID.map(enablerIDs.contains) == true
        }
        let shownExamples = examples.filter { $0.enablerID.map(enablerIDs.contains) == true }
        let periods = Set(
            (shownFigures.map(\.period) + shownExamples.map(\.period)).compactMap(SixMonthPeriod.init))
        let span: [SixMonthPeriod] =
            if let first = periods.min(), let last = periods.max() { SixMonthPeriod.through(first, last) } else { [] }
        let headings = span.map { PeriodHeading(text: $0.description, label: $0.label) }
        var parts: [EnablerPart] = []
        for enabler in enablers.sorted(by: { ($0.number, $0.name) < ($1.number, $1.name) }) {
            let own = figures.filter { figure in
                figure.indicatorID.flatMap { indicatorsByID[$0] }?.enablerID == enabler.id
            }
            let rowIndicators = Set(own.compactMap(\.indicatorID)).compactMap { indicatorsByID[$0] }
                .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            let rows = rowIndicators.map { indicator in
                row(indicator, figures: own.filter { $0.indicatorID == indicator.id }, span: span, place: placeName)
            }
            let items = examples.filter { $0.enablerID == enabler.id }
                .sorted { ($0.period, $0.title) < ($1.period, $1.title) }
                .map { example in
                    ExampleItem(
                        title: example.title, period: example.period,
                        periodLabel: SixMonthPeriod(example.period)?.label ?? example.period,
                        textHTML: html(example.text), anchor: "example-\(example.id)")
                }
            guard !rows.isEmpty || !items.isEmpty else { continue }
            parts.append(
                EnablerPart(
                    enablerName: "\(enabler.number). \(enabler.name)", anchor: "counts-\(enabler.number)",
                    captionID: "counts-caption-\(enabler.number)", periods: headings, rows: rows,
                    hasRows: !rows.isEmpty, examples: items, hasExamples: !items.isEmpty))
        }
        return CountsMeasuresTable(parts: parts, hasAny: !parts.isEmpty)
    }

    private static func row(
        _ indicator: Indicator, figures: [IndicatorFigure], span: [SixMonthPeriod], place: String
    ) -> IndicatorRow {
        // Two figures for one period (entered twice) show the latest change, the one an editor most likely meant.
        var byPeriod: [String: IndicatorFigure] = [:]
        for figure in figures.sorted(by: { $0.updatedAt < $1.updatedAt }) { byPeriod[figure.period] = figure }
        let points = span.map { period in
            SparklinePoint(label: period.description, value: byPeriod[period.description]?.value)
        }
        let cells = span.map { period -> Cell in
            guard let figure = byPeriod[period.description], let value = figure.value else {
                return Cell(text: "—", isMissing: true, note: nil)
            }
            return Cell(text: MeasureNumberText.readable(value), isMissing: false, note: figure.note.nonBlank)
        }
        let svg = SparklineChart().svg(
            points: points, title: "\(indicator.name), \(place)", unit: indicator.unit,
            idPrefix: "spark-\(indicator.id)")
        return IndicatorRow(
            name: indicator.name, unit: indicator.unit, cells: cells, sparklineSVG: svg,
            trendText: SparklineChart.description(of: points, unit: indicator.unit))
    }
}
