/// One row of a CSV file and the line it starts on (a quoted cell may span lines).
public struct CSVRow: Sendable, Equatable {
    /// The line the row starts on, from 1.
    public var line: Int
    /// The cells, as written (quotes removed, nothing trimmed).
    public var cells: [String]

    /// Creates a row.
    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }
}
