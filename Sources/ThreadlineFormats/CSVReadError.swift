/// CSV text that cannot be read as rows, with the line where reading stopped.
public struct CSVReadError: Error, CustomStringConvertible, Equatable {
    /// The line (from 1).
    public var line: Int
    /// What is wrong, as a sentence.
    public var message: String

    /// Creates an error.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "Line \(line): \(message)" }
}
