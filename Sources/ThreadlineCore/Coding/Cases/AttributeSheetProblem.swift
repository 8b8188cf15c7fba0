/// One problem in an attribute sheet, where a spreadsheet user can find it: the line, and the column when there is
/// one.
public struct AttributeSheetProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line in the file, from 1 (the header is line 1).
    public var line: Int
    /// The column's heading, when the problem is in one cell.
    public var column: String?
    /// What is wrong and how to put it right.
    public var message: String

    /// Creates a problem.
    public init(line: Int, column: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if let column { return "Line \(line), column \"\(column)\": \(message)" }
        return "Line \(line): \(message)"
    }
}
