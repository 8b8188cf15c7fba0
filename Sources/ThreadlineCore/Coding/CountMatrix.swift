/// A table of counts with keyed rows and columns, and how many distinct sources stand behind each count.
public struct CountMatrix: Sendable, Hashable {
    /// The rows' keys, top to bottom.
    public var rowKeys: [String]
    /// The columns' keys, left to right. The key `""` stands for "none" (a source without a place, say).
    public var columnKeys: [String]
    /// `counts[row][column]`.
    public var counts: [[Int]]
    /// `sourceCounts[row][column]`: the number of distinct sources contributing to the count.
    public var sourceCounts: [[Int]]

    /// Creates a matrix; `counts` and `sourceCounts` should have one row per row key and one entry per column key.
    public init(rowKeys: [String], columnKeys: [String], counts: [[Int]], sourceCounts: [[Int]]) {
        self.rowKeys = rowKeys
        self.columnKeys = columnKeys
        self.counts = counts
        self.sourceCounts = sourceCounts
    }

    /// The count at `row`, `column`, or `nil` when either key is not in the matrix.
    public func count(row: String, column: String) -> Int? {
        guard let r = rowKeys.firstIndex(of: row), let c = columnKeys.firstIndex(of: column),
            r < counts.count, c < counts[r].count
        else { return nil }
        return counts[r][c]
    }

    /// The matrix as RFC 4180 CSV: a header row (`rowLabel`, then the column labels), then one row per row key
    /// with its label and counts; CRLF after every record.
    ///
    /// Keys are shown through `labels` (a key without a label is shown as itself; `""` defaults to "None" unless
    /// labelled). Fields holding a comma, quote, CR or LF are quoted, quotes doubled (RFC 4180 §2). A text field
    /// starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so spreadsheets do not run it as a formula
    /// (OWASP, "CSV Injection").
    public func csv(rowLabel: String, labels: [String: String]) -> String {
        func label(_ key: String) -> String { labels[key] ?? (key.isEmpty ? "None" : key) }
        var lines: [String] = []
        lines.append(
            ([rowLabel] + columnKeys.map(label)).map { CSVField.text($0) }.joined(separator: ","))
        for (index, key) in rowKeys.enumerated() {
            let row = index < counts.count ? counts[index] : []
            let cells = columnKeys.indices.map { $0 < row.count ? String(row[$0]) : "" }
            lines.append(([CSVField.text(label(key))] + cells).joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }
}
