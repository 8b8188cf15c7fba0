import ThreadlineCore

/// The problems found in one file, kept up to ``NetworkCSV/maximumProblems`` and counted beyond.
///
/// A file wrong throughout (another export, say) can hold a problem in every cell of 200,000 rows; keeping them all
/// would spend memory on a list nobody reads, and the first ones already show what is wrong.
struct NetworkCSVProblemList {
    /// The problems kept, in the order found.
    private(set) var kept: [CSVReadError] = []
    /// How many more were found.
    private(set) var omittedCount = 0
    /// The line of the first problem not kept.
    private var firstOmittedLine = 0

    /// Whether no problem has been found.
    var isEmpty: Bool { kept.isEmpty }

    /// Notes a problem on `line`.
    mutating func add(line: Int, _ message: String) {
        guard kept.count < NetworkCSV.maximumProblems else {
            if omittedCount == 0 { firstOmittedLine = line }
            omittedCount += 1
            return
        }
        kept.append(CSVReadError(line: line, message: message))
    }

    /// The problems kept, then one more naming how many were left out, on the line where they start.
    var errors: [CSVReadError] {
        guard omittedCount > 0 else { return kept }
        let noun = omittedCount == 1 ? "problem" : "problems"
        return kept + [
            CSVReadError(
                line: firstOmittedLine, message: "…and \(omittedCount.groupedText) more \(noun) from here on.")
        ]
    }
}
