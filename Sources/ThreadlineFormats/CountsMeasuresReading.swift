import Foundation
import ThreadlineCore

/// One pass over a Counts and Measures file, gathering the records and every problem found.
struct CountsMeasuresReading {
    /// The problems so far, at most ``CountsMeasuresCSV/maximumProblems``.
    private(set) var problems: [CountsMeasuresProblem] = []
    /// Problems found beyond the ones kept.
    private(set) var omittedCount = 0

    /// The records in `text`; check ``problems`` afterwards.
    mutating func read(_ text: String) -> [CountsMeasuresRecord] {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        guard body.contains(where: { !$0.isWhitespace }) else {
            add(
                1, nil,
                "The file is empty; it needs a header row naming the columns, then one row per figure or "
                    + "example.")
            return []
        }
        let rows: [CSVRow]
        do {
            rows = try CSVReader.rows(of: String(body))
        } catch {
            add(error.line, nil, error.message)
            return []
        }
        let filled = rows.filter { row in row.cells.contains { $0.contains(where: { !$0.isWhitespace }) } }
        guard let headerRow = filled.first else { return [] }
        var headerProblems: [CountsMeasuresProblem] = []
        guard let header = CountsMeasuresHeader(headerRow, report: { headerProblems.append($0) }) else {
            for problem in headerProblems { add(problem.line, problem.column, problem.message) }
            return []
        }
        var records: [CountsMeasuresRecord] = []
        for row in filled.dropFirst() {
            if let record = self.record(from: row, header) { records.append(record) }
        }
        return records
    }

    /// The record in `row`, or `nil` after adding its problems.
    private mutating func record(from row: CSVRow, _ header: CountsMeasuresHeader) -> CountsMeasuresRecord? {
        let line = row.line
        let before = problems.count + omittedCount
        let named = Set(header.positions.values)
        for (position, cell) in row.cells.enumerated() where !named.contains(position) {
            let text = Self.cleaned(cell)
            guard !text.isEmpty else { continue }
            // Extra cells past the header usually come from an unquoted comma, as in 1,200 written bare.
            let advice =
                position >= header.width
                ? "is past the header's last column; put quotes around any cell holding a comma (\"1,200\")."
                : "is in a column with no heading; move it to the right column or remove it."
            add(line, "column \(position + 1)", "\"\(Self.quoted(text))\" \(advice)")
        }
        func cell(_ name: String) -> String {
            guard let position = header.positions[name], position < row.cells.count else { return "" }
            return Self.cleaned(row.cells[position])
        }
        let place = cell("place")
        let periodText = cell("period")
        let enabler = cell("enabler")
        if place.isEmpty { add(line, "place", "The place is missing; name the place the row reports for.") }
        let period = SixMonthPeriod(periodText)
        if period == nil, let sentence = SixMonthPeriod.problem(with: periodText) { add(line, "period", sentence) }
        if enabler.isEmpty { add(line, "enabler", "The enabler is missing; name the system enabler the row is about.") }
        let kind = self.kind(
            line: line, indicator: cell("indicator"), unit: cell("unit"),
            value: cell("value"), example: cell("example"))
        guard problems.count + omittedCount == before, let period, let kind else { return nil }
        return CountsMeasuresRecord(line: line, place: place, period: period, enabler: enabler, kind: kind)
    }

    /// The figure or example a row holds, or `nil` after adding why it holds neither or both.
    private mutating func kind(line: Int, indicator: String, unit: String, value: String, example: String)
        -> CountsMeasuresRecord.Kind?
    {
        switch (value.isEmpty, example.isEmpty) {
        case (false, false):
            add(line, "example", "The row has both a value and an example; put each in a row of its own.")
            return nil
        case (true, true):
            if indicator.isEmpty {
                add(
                    line, "value",
                    "The row has neither a value nor an example; give an indicator and value, or "
                        + "an example.")
            } else {
                add(line, "value", "The indicator \"\(Self.quoted(indicator))\" has no value.")
            }
            return nil
        case (true, false):
            // An example with an indicator or unit is most likely a figure whose value went into the wrong
            // column; dropping them quietly would lose what the reporter meant.
            if !indicator.isEmpty || !unit.isEmpty {
                let column = indicator.isEmpty ? "unit" : "indicator"
                add(
                    line, column,
                    "An example row takes no indicator or unit; leave them empty, or give a value "
                        + "and move the text out of the example column.")
                return nil
            }
            return .example(text: example)
        case (false, true):
            var number: Double?
            switch DecimalText.parse(value) {
            case .success(let parsed): number = parsed
            case .failure(let problem): add(line, "value", problem.message)
            }
            if indicator.isEmpty { add(line, "indicator", "The value has no indicator; name what was counted.") }
            guard let number, !indicator.isEmpty else { return nil }
            return .figure(indicator: indicator, unit: unit.isEmpty ? nil : unit, value: number)
        }
    }

    private mutating func add(_ line: Int, _ column: String?, _ message: String) {
        guard problems.count < CountsMeasuresCSV.maximumProblems else {
            omittedCount += 1
            return
        }
        problems.append(CountsMeasuresProblem(line: line, column: column, message: message))
    }

    /// Characters a spreadsheet reads as the start of a formula, which ``CSVField/text(_:)`` guards with `'`.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell trimmed, without the `'` a writer put before a formula character.
    static func cleaned(_ cell: String) -> String {
        let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        let scalars = trimmed.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else {
            return trimmed
        }
        return String(String.UnicodeScalarView(scalars.dropFirst())).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Long text cut short so a sentence about it stays readable.
    private static func quoted(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
