import ThroughputSupport

/// Judges whether a renderer's output looks like real work, so a broken or optimised-away run cannot report a
/// throughput.
enum OutputCheck {
    /// Everything wrong with one workload's output; empty when it passed.
    ///
    /// HTML must hold at least one `<p>` per story (every generated story has paragraphs); plain text must hold
    /// none. No output may be empty, and every timed pass must produce exactly the warm-up's byte count.
    static func problems(census: OutputCensus, producesMarkup: Bool, timedOutputBytes: [Int])
        -> [String]
    {
        var problems: [String] = []
        if census.emptyDocuments > 0 {
            problems.append("\(census.emptyDocuments) empty outputs")
        }
        if producesMarkup && census.paragraphs < census.documents {
            problems.append("only \(census.paragraphs) <p> for \(census.documents) stories")
        }
        if !producesMarkup && census.paragraphs > 0 {
            problems.append("\(census.paragraphs) <p> in plain text")
        }
        for (pass, bytes) in timedOutputBytes.enumerated() where bytes != census.bytes {
            problems.append("pass \(pass + 1) produced \(bytes) bytes, warm-up \(census.bytes)")
        }
        return problems
    }

    /// The `CHECK` line for one workload.
    static func line(label: String, census: OutputCensus, problems: [String]) -> String {
        let verdict = problems.isEmpty ? "ok" : "FAILED: " + problems.joined(separator: "; ")
        return "CHECK \(label): \(census.documents) outputs, \(census.emptyDocuments) empty, "
            + "\(census.paragraphs) <p>, \(census.bytes) output bytes per pass: \(verdict)"
    }

    /// Compares paragraph counts; informative only, since the two renderers may differ on edge cases.
    static func comparisonLine(threadlineParagraphs: Int, inkParagraphs: Int) -> String {
        let difference = threadlineParagraphs - inkParagraphs
        let verdict = difference == 0 ? "same" : "differ by \(difference)"
        return "CHECK paragraphs: threadline \(threadlineParagraphs), ink \(inkParagraphs) (\(verdict))"
    }
}
