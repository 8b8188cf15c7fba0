/// One thing wrong in a wave's members or ties file: which file, which line, and what to do about it.
///
/// Reading the two files together (``NetworkCSV/read(members:ties:)``) reports the problems of both at once, so
/// each problem says which file it is in; a line number alone would leave the reader guessing.
public struct NetworkCSVProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in.
    public var file: NetworkCSVFile
    /// The line the row starts on, from 1 (the header is normally line 1).
    public var line: Int
    /// What is wrong and how to put it right, as a sentence.
    public var message: String

    /// Creates a problem.
    public init(file: NetworkCSVFile, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// A problem found by reading one file on its own, placed in `file`.
    public init(file: NetworkCSVFile, _ error: CSVReadError) {
        self.init(file: file, line: error.line, message: error.message)
    }

    /// "members.csv line 4: The name is blank; give the organisation's name."
    public var description: String { "\(file.fileName) line \(line): \(message)" }
}
