/// One thing wrong with a transcript file, at the line where it was found.
public struct TranscriptProblem: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line number in the original file. Lines end at CR, LF or CRLF, as every transcript format
    /// here allows all three.
    public var line: Int

    /// A sentence saying what is wrong, such as `"end time 00:00:01.000 is not after start time 00:00:02.000"`.
    public var message: String

    /// Creates a problem report.
    ///
    /// - Parameters:
    ///   - line: The 1-based line number in the original file.
    ///   - message: A sentence saying what is wrong.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// The problem as `"line 12: message"`.
    public var description: String {
        "line \(line): \(message)"
    }
}

/// The error a transcript parser throws: every problem it found in the file, in line order.
///
/// Parsers read the whole file before throwing so that an evaluator can fix everything in one pass, rather than
/// meeting the problems one at a time. To stay bounded on hostile input, a parser stops after
/// ``maximumProblemCount`` problems and adds a last one saying it stopped.
public struct TranscriptParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// How many problems a parser lists before it stops reading.
    public static let maximumProblemCount = 1000

    /// The problems found, in line order. Never empty when thrown by a parser.
    public var problems: [TranscriptProblem]

    /// Creates an error listing `problems`.
    ///
    /// - Parameter problems: The problems found, in line order.
    public init(problems: [TranscriptProblem]) {
        self.problems = problems
    }

    /// The problems, one per line, each as `"line 12: message"`.
    public var description: String {
        problems.isEmpty ? "no problems" : problems.map(\.description).joined(separator: "\n")
    }
}
