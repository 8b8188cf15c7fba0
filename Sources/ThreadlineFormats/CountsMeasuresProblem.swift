/// One thing wrong in a Counts and Measures file: where it is and what to do about it.
public struct CountsMeasuresProblem: Sendable, Equatable, CustomStringConvertible {
    /// The line the row starts on, from 1 (the header is normally line 1).
    public var line: Int
    /// The column's name as the header spells it in lower case ("value"), "column 9" for a cell under no
    /// heading, or `nil` when the problem is the row or file as a whole.
    public var column: String?
    /// What is wrong and how to put it right, as a sentence.
    public var message: String

    /// Creates a problem.
    public init(line: Int, column: String?, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// "Line 7, value: "£12" is not a number; put the unit in the unit column."
    public var description: String {
        guard let column else { return "Line \(line): \(message)" }
        return "Line \(line), \(column): \(message)"
    }
}
