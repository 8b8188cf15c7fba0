/// A Counts and Measures file that was refused, with every problem found in it (in file order) so the person
/// fixing it can correct them all in one pass instead of one per upload.
public struct CountsMeasuresCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in file order, at most ``CountsMeasuresCSV/maximumProblems`` of them.
    public var problems: [CountsMeasuresProblem]
    /// How many more problems were found but not kept.
    public var omittedCount: Int

    /// Creates an error.
    public init(problems: [CountsMeasuresProblem], omittedCount: Int = 0) {
        self.problems = problems
        self.omittedCount = omittedCount
    }

    /// One problem a line, then "…and 12 more problems." when some were left out.
    public var description: String {
        var lines = problems.map(\.description)
        if omittedCount > 0 {
            lines.append("…and \(omittedCount) more problem\(omittedCount == 1 ? "" : "s").")
        }
        return lines.joined(separator: "\n")
    }
}
