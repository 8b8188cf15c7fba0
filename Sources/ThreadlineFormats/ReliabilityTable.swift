public import Foundation

/// A table coded outside Threadline, as `threadline agreement FILE.csv` reads it: one row per unit, one column per
/// coder, a blank cell where a coder did not code the unit.
///
/// The file is CSV (RFC 4180: commas, double-quoted cells, CRLF or LF line ends). The first row names the coders when
/// any of its cells is not a number; otherwise coders are named "coder 1", "coder 2", …. Cells hold numbers or
/// category labels; labels are numbered in order of first appearance, which suits nominal data only.
public struct ReliabilityTable: Sendable, Equatable {
    /// The coders' names, one per column.
    public var coders: [String]
    /// Coders × units, as `KrippendorffAlpha` and `CohenKappa` take them.
    public var values: [[Double?]]
    /// Whether any cell was a label rather than a number (then only nominal agreement makes sense).
    public var hasLabels: Bool

    /// A problem reading the file, with the line it is on.
    public struct ReadError: Error, CustomStringConvertible, Equatable {
        /// The line (from 1).
        public var line: Int
        /// What is wrong.
        public var message: String

        public var description: String { "Line \(line): \(message)" }
    }

    /// The most rows read, so a hostile file cannot exhaust memory.
    public static let maximumUnits = 20_000_000

    /// Reads the CSV text in `data`.
    public init(csv data: Data) throws(ReadError) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(line: 1, message: "The file is not UTF-8 text.")
        }
        let rows: [CSVRow]
        do {
            rows = try CSVReader.rows(of: text, maximumRows: Self.maximumUnits + 1)
        } catch {
            throw ReadError(line: error.line, message: error.message)
        }
        guard let first = rows.first else { throw ReadError(line: 1, message: "The file is empty: no units.") }
        let hasHeader = first.cells.contains { !$0.isEmpty && Double($0) == nil }
        let width = first.cells.count
        guard width >= 2 else {
            throw ReadError(line: first.line, message: "At least two coders (columns) are needed; found \(width).")
        }
        coders = hasHeader ? first.cells.map { $0.isEmpty ? "unnamed" : $0 } : (1...width).map { "coder \($0)" }
        var columns = [[Double?]](repeating: [], count: width)
        var labels: [String: Double] = [:]
        var firstNumberLine: Int?
        var firstLabelLine: Int?
        for row in rows.dropFirst(hasHeader ? 1 : 0) {
            guard row.cells.count == width else {
                throw ReadError(
                    line: row.line, message: "Expected \(width) cells (one per coder), found \(row.cells.count).")
            }
            for (column, cell) in row.cells.enumerated() {
                let trimmed = cell.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    columns[column].append(nil)
                } else if let number = Double(trimmed), number.isFinite {
                    firstNumberLine = firstNumberLine ?? row.line
                    columns[column].append(number)
                } else {
                    firstLabelLine = firstLabelLine ?? row.line
                    let code = labels[trimmed] ?? Double(labels.count)
                    labels[trimmed] = code
                    columns[column].append(code)
                }
            }
        }
        guard !(columns.first ?? []).isEmpty else {
            throw ReadError(line: first.line, message: "The file has a header but no units.")
        }
        if let numbers = firstNumberLine, let labelled = firstLabelLine {
            // Mixed numbers and labels would give the numbers a meaning they do not have.
            throw ReadError(
                line: max(numbers, labelled),
                message: "The file mixes numbers and category labels; use one or the other.")
        }
        values = columns
        hasLabels = firstLabelLine != nil
    }
}
