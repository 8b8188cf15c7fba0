import Foundation

/// Where each Counts and Measures column sits, read from a file's first row.
struct CountsMeasuresHeader {
    /// The position of each named column, by its lower-case name.
    var positions: [String: Int] = [:]
    /// How many cells the header row has, named or not.
    var width = 0

    /// Reads `row`, adding a problem (through `report`) for each unknown, repeated or missing column; `nil` when
    /// there was any, since the rows cannot be read reliably without knowing which cell is which.
    init?(_ row: CSVRow, report: (CountsMeasuresProblem) -> Void) {
        width = row.cells.count
        var valid = true
        var firstPosition: [String: Int] = [:]
        for (position, cell) in row.cells.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            // Spreadsheets often save empty columns past the last heading; those are ignored (their cells are
            // checked to be empty too).
            if name.isEmpty { continue }
            let shown = name.count > 40 ? String(name.prefix(39)) + "…" : name
            if !CountsMeasuresCSV.columns.contains(name) {
                let list = CountsMeasuresCSV.columns.dropLast().joined(separator: ", ")
                let last = CountsMeasuresCSV.columns.last ?? ""
                report(
                    CountsMeasuresProblem(
                        line: row.line, column: shown,
                        message: "\"\(shown)\" (column \(position + 1)) is not a Counts and Measures column; "
                            + "the columns are \(list) and \(last)."))
                valid = false
            } else if let first = firstPosition[name] {
                report(
                    CountsMeasuresProblem(
                        line: row.line, column: name,
                        message: "\"\(name)\" is both column \(first + 1) and column \(position + 1); keep one."))
                valid = false
            } else {
                firstPosition[name] = position
            }
        }
        for required in CountsMeasuresCSV.requiredColumns where firstPosition[required] == nil {
            report(
                CountsMeasuresProblem(
                    line: row.line, column: required,
                    message: "The header has no \(required) column; the first row must name the columns, and "
                        + "place, period and enabler are required."))
            valid = false
        }
        guard valid else { return nil }
        positions = firstPosition
    }
}
