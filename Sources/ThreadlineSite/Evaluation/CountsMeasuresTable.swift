import ThreadlineCharts
import ThreadlineCore

/// One place's Counts and Measures as a reader sees them: per enabler, a table of indicators × six-month periods
/// with a sparkline per indicator, and the qualitative examples by period. The same model serves the public place
/// page (published items only) and the workspace (everything), so the two never disagree on arithmetic.
public struct CountsMeasuresTable {
    /// One enabler's part.
    public struct EnablerPart {
        public var enablerName: String
        public var anchor: String
        public var captionID: String
        public var periods: [PeriodHeading]
        public var rows: [IndicatorRow]
        public var hasRows: Bool
        public var examples: [ExampleItem]
        public var hasExamples: Bool
    }

    /// A column heading: "2024 H1" with "January–June 2024" for screen readers and hover.
    public struct PeriodHeading {
        public var text: String
        public var label: String
    }

    /// One indicator's row.
    public struct IndicatorRow {
        public var name: String
        public var unit: String
        public var cells: [Cell]
        public var sparklineSVG: String
        public var trendText: String
    }

    /// One figure, or a gap.
    public struct Cell {
        public var text: String
        public var isMissing: Bool
        public var note: String?
    }

    /// One qualitative example.
    public struct ExampleItem {
        public var title: String
        public var period: String
        public var periodLabel: String
        public var textHTML: String
        public var anchor: String
    }

    public var parts: [EnablerPart]
    public var hasAny: Bool

    /// Builds the table from the place's items (already filtered to what the viewer may see).
    public static func build(
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

    /// Creates the value from each of its fields.
    public init(parts: [EnablerPart], hasAny: Bool) {
        self.parts = parts
        self.hasAny = hasAny
    }
}
