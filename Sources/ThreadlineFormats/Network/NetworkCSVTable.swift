import Foundation
import ThreadlineCore

/// A network file split into its header and rows, with every column the file must have found in the header.
///
/// Both the members and the ties file share these rules: a byte order mark is dropped (Excel's "CSV UTF-8" starts
/// with one), column names are matched in any order and any letter case with spaces around allowed, every column
/// is required, and a column that is not known is refused by name, so a misspelt heading is caught rather than its
/// data silently lost.
struct NetworkCSVTable {
    /// The header row.
    let header: CSVRow
    /// The position of each column, by its lower-case name.
    let positions: [String: Int]
    /// The rows after the header, without the rows of empty cells spreadsheets leave at the end of a sheet.
    let rows: [CSVRow]

    /// The table in `text`, or the one problem that stops it being read: an empty file, CSV that cannot be read
    /// (an unclosed quote, more than `maximumRows` rows), or a wrong header.
    static func read(_ text: String, columns: [String], maximumRows: Int) -> Result<NetworkCSVTable, CSVReadError> {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        let expected = columns.joined(separator: ",")
        guard body.contains(where: { !$0.isWhitespace }) else {
            return .failure(
                CSVReadError(line: 1, message: "The file is empty; it needs the header row \(expected)."))
        }
        let allRows: [CSVRow]
        do {
            // The header counts as a row, so a file may hold `maximumRows - 1` members or ties.
            allRows = try CSVReader.rows(of: String(body), maximumRows: maximumRows)
        } catch {
            return .failure(error)
        }
        let filled = allRows.filter { row in row.cells.contains { $0.contains(where: { !$0.isWhitespace }) } }
        guard let header = filled.first else {
            return .failure(
                CSVReadError(line: 1, message: "The file is empty; it needs the header row \(expected)."))
        }
        switch Self.positions(of: header, columns: columns) {
        case .success(let positions):
            return .success(NetworkCSVTable(header: header, positions: positions, rows: Array(filled.dropFirst())))
        case .failure(let problem):
            return .failure(problem)
        }
    }

    /// The cell of `row` under `column`, trimmed and without a formula guard; "" when the row is too short.
    func cell(_ column: String, of row: CSVRow) -> String {
        guard let position = positions[column], position < row.cells.count else { return "" }
        return NetworkCSVCell.cleaned(row.cells[position])
    }

    /// The sentence for a row whose cell count differs from the header's, or `nil` when it matches.
    func cellCountProblem(of row: CSVRow) -> String? {
        guard row.cells.count != header.cells.count else { return nil }
        let advice =
            row.cells.count > header.cells.count
            ? "put quotes around any cell holding a comma." : "give every column a cell, even an empty one."
        return "The row has \(row.cells.count) cells; the header has \(header.cells.count). Check the row: \(advice)"
    }

    /// The position of each column, or one problem naming every missing, unknown and repeated column.
    private static func positions(of header: CSVRow, columns: [String]) -> Result<[String: Int], CSVReadError> {
        var found: [String: Int] = [:]
        var unknown: [String] = []
        var repeated: [String] = []
        for (position, cell) in header.cells.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard columns.contains(name) else {
                unknown.append(name.isEmpty ? "a column with no name" : "“\(NetworkCSVCell.quoted(cell))”")
                continue
            }
            if found[name] != nil { repeated.append(name) } else { found[name] = position }
        }
        let missing = columns.filter { found[$0] == nil }
        var messages: [String] = []
        if !missing.isEmpty { messages.append("missing " + missing.joined(separator: ", ")) }
        if !unknown.isEmpty {
            // A file of another kind can have thousands of columns; the first few are enough to recognise it.
            let listed = unknown.prefix(10).joined(separator: ", ")
            let more = unknown.count > 10 ? " and \((unknown.count - 10).groupedText) more" : ""
            messages.append("not known: " + listed + more)
        }
        if !repeated.isEmpty { messages.append("repeated: " + repeated.joined(separator: ", ")) }
        guard messages.isEmpty else {
            return .failure(
                CSVReadError(
                    line: header.line,
                    message: "The header's columns are wrong (\(messages.joined(separator: "; "))). "
                        + "Expected: \(columns.joined(separator: ",")) (any order)."))
        }
        return .success(found)
    }
}
