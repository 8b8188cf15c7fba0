/// Counts what the renderers produced, so that a run whose output is empty or wrong cannot pass as fast.
///
/// The census runs on the warm-up pass only: counting inside a timed pass would add its own cost to the figure.
public struct OutputCensus: Sendable, Equatable {
    /// Outputs recorded.
    public private(set) var documents = 0
    /// Outputs that were the empty string.
    public private(set) var emptyDocuments = 0
    /// `<p>` start tags over all outputs.
    public private(set) var paragraphs = 0
    /// Output size in UTF-8 bytes over all outputs.
    public private(set) var bytes = 0

    /// Creates an empty census.
    public init() {}

    /// Adds one renderer output.
    public mutating func record(_ output: String) {
        documents += 1
        bytes += output.utf8.count
        if output.isEmpty {
            emptyDocuments += 1
        }
        paragraphs += Self.occurrences(of: Self.paragraphTag, in: output)
    }

    /// Counts non-overlapping occurrences of `needle` in `haystack`, comparing UTF-8 bytes.
    public static func occurrences(of needle: String, in haystack: String) -> Int {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else {
            return 0
        }
        let bytes = Array(haystack.utf8)
        var count = 0
        var index = 0
        // Comparing byte by byte costs at most haystack × needle, and the needles here are a few bytes long.
        while index + pattern.count <= bytes.count {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                count += 1
                index += pattern.count
            } else {
                index += 1
            }
        }
        return count
    }

    private static let paragraphTag = "<p>"
}
