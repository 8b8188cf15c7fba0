/// A problem reading an input file (the corpus, the query fixture, the anchor counts), with the file and line.
public struct InputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file being read.
    public var path: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// A sentence saying what is wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// The error as one line, with the place it was found.
    public var description: String {
        line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)"
    }
}
