public import ThreadlineCore

/// One wave's figures as an operator reads them at a terminal (``text``) and as a script reads them (``json``):
/// the network's own figures, every organisation's figures, and optionally the change since an earlier wave.
///
/// Both forms are built from values only, so the command line and the tests share them and the same wave always
/// gives the same bytes.
public struct NetworkMetricsReport: Sendable {
    /// The wave's name, as the command line finds it.
    public var waveName: String
    /// The name of the wave's place, or `nil` for a wave of the programme as a whole.
    public var placeName: String?
    /// The half-year the wave describes.
    public var period: SixMonthPeriod
    /// The members, ties and respondents the figures were computed from; the report takes names and sectors here.
    public var graph: NetworkGraph
    /// The wave's figures, computed from ``graph``.
    public var metrics: NetworkMetrics
    /// The earlier wave's name and the change from it to this wave, when the report compares two waves.
    public var comparison: (earlierWaveName: String, change: NetworkChange)?

    /// Creates a report; `metrics` must be the figures of `graph`.
    public init(
        waveName: String, placeName: String?, period: SixMonthPeriod, graph: NetworkGraph, metrics: NetworkMetrics,
        comparison: (earlierWaveName: String, change: NetworkChange)? = nil
    ) {
        self.waveName = waveName
        self.placeName = placeName
        self.period = period
        self.graph = graph
        self.metrics = metrics
        self.comparison = comparison
    }

    /// What a report says in place of a place's name for a wave that covers the whole programme.
    public static let wholeProgramme = "Whole programme"

    /// The report for a person: a heading, the network's figures one per line, a table of organisations sorted by
    /// name, and the sentences of the change when there is a comparison. Ends with a newline.
    public var text: String {
        var lines = ["Network “\(waveName)” (\(placeName ?? Self.wholeProgramme), \(period))", ""]
        lines += networkLines()
        lines.append("")
        lines += memberTable()
        if let comparison {
            lines += ["", "Change since “\(comparison.earlierWaveName)”"]
            lines += comparison.change.sentences().map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One "label  value" line per network figure, the labels padded so the values line up.
    private func networkLines() -> [String] {
        let memberCount = metrics.memberCount
        func rating(_ mean: Double?, _ percent: Double?) -> String {
            guard let mean else { return "\(ReportDecimal.missing) (no ratings)" }
            return "\(ReportDecimal.fixed(mean, places: 2)) out of 4 "
                + "(\(ReportDecimal.fixed(percent, places: 1))% of the maximum)"
        }
        let rows: [(String, String)] = [
            ("Members", String(memberCount)),
            ("Ties", String(metrics.tieCount)),
            (
                "Answered",
                "\(metrics.respondentCount) of \(memberCount) (\(ReportDecimal.percent(metrics.completionRate)))"
            ),
            ("Density", ReportDecimal.fixed(metrics.density, places: 4)),
            ("Reciprocity", ReportDecimal.fixed(metrics.reciprocity, places: 4)),
            ("In-degree centralization", ReportDecimal.fixed(metrics.inCentralization, places: 4)),
            ("Out-degree centralization", ReportDecimal.fixed(metrics.outCentralization, places: 4)),
            ("Undirected centralization", ReportDecimal.fixed(metrics.undirectedCentralization, places: 4)),
            ("Mean reach within two steps", ReportDecimal.fixed(metrics.meanReach, places: 4)),
            ("Trust", rating(metrics.meanTrust, metrics.trustPercent)),
            ("Value", rating(metrics.meanValue, metrics.valuePercent)),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { label, value in Self.padded(label, to: width) + "  " + value }
    }

    /// The organisations table: a header and one row per member, sorted by name ignoring case (then key, so equal
    /// names keep one order), numbers right-aligned.
    private func memberTable() -> [String] {
        let header = ["Organisation", "Sector", "In", "Out", "Betweenness", "Reach", "Trust", "Value"]
        // A member without a name is shown, and so sorted, by its key; letter case is ignored so "bridge" does not
        // sort after "Zeta".
        let named = zip(graph.members, metrics.members).map { member, figures in
            (shown: member.name.isEmpty ? member.key : member.name, member: member, figures: figures)
        }
        let sorted = named.sorted { left, right in
            let (leftName, rightName) = (left.shown.lowercased(), right.shown.lowercased())
            return leftName == rightName ? left.member.key < right.member.key : leftName < rightName
        }
        let rows = sorted.map { row -> [String] in
            [
                row.shown, row.member.sector, String(row.figures.inDegree), String(row.figures.outDegree),
                ReportDecimal.fixed(row.figures.betweenness, places: 4),
                ReportDecimal.fixed(row.figures.reach, places: 4),
                ReportDecimal.fixed(row.figures.trust, places: 2), ReportDecimal.fixed(row.figures.value, places: 2),
            ]
        }
        guard !rows.isEmpty else { return ["No organisations in this wave yet."] }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        // The first two columns are words and read best left-aligned; the numbers line up on the right.
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                column < 2
                    ? Self.padded(cells[column], to: widths[column])
                    : String(repeating: " ", count: widths[column] - cells[column].count) + cells[column]
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
        return [line(header)] + rows.map(line)
    }

    /// `text` followed by spaces up to `width` characters.
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(width - text.count, 0))
    }
}

extension String {
    /// The string without the spaces at its end, so padded table rows do not end in blanks.
    fileprivate func trimmingTrailingSpaces() -> String {
        var trimmed = Substring(self)
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
