/// An embed line in a report section that cannot be read, with the line it is on (counted from 1).
public struct ReportBodyProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line of the section's text.
    public var line: Int
    /// What is wrong, as a sentence.
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "Line \(line): \(message)" }
}
