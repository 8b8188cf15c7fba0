/// A stories file that cannot be loaded, with the path and, where it applies, the line.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)
    /// One line is not a story object; `line` counts from 1.
    case malformedLine(path: String, line: Int, reason: String)
    /// The file holds no stories, so there is nothing to measure.
    case empty(path: String)

    /// A sentence for the terminal.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason) (generate it with gen_corpus.py --formats jsonl)"
        case .malformedLine(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .empty(let path):
            return "\(path) holds no stories"
        }
    }
}
