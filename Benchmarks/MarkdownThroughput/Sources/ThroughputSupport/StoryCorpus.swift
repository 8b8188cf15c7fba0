public import Foundation

/// All stories of a generated corpus, held in memory so that loading is not part of any timing.
public struct StoryCorpus: Sendable {
    /// The stories in file order.
    public let stories: [Story]

    /// The Markdown input in UTF-8 bytes, summed over all stories.
    public let totalBytes: Int

    /// The smallest story body in UTF-8 bytes.
    public let smallestStoryBytes: Int

    /// The largest story body in UTF-8 bytes.
    public let largestStoryBytes: Int

    /// The mean story body in UTF-8 bytes.
    public var averageStoryBytes: Double { Double(totalBytes) / Double(stories.count) }

    /// Reads a `stories.jsonl` file as written by `gen_corpus.py`: one JSON object per line with at least the
    /// string fields `id` and `body_md`.
    public static func load(jsonLinesAt path: String) throws(CorpusError) -> StoryCorpus {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try parse(jsonLines: data, source: path)
    }

    /// Parses JSON lines already in memory; `source` names them in errors. Blank lines are skipped.
    public static func parse(jsonLines data: Data, source: String) throws(CorpusError) -> StoryCorpus {
        let decoder = JSONDecoder()
        var stories: [Story] = []
        var lineNumber = 0
        var lineStart = data.startIndex
        while lineStart < data.endIndex {
            lineNumber += 1
            let lineEnd = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            let line = data[lineStart..<lineEnd]
            lineStart = lineEnd < data.endIndex ? data.index(after: lineEnd) : data.endIndex
            if line.allSatisfy({
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t")
            }) {
                continue
            }
            do {
                let record = try decoder.decode(StoryRecord.self, from: line)
                stories.append(Story(id: record.id, markdown: record.markdown))
            } catch {
                throw .malformedLine(path: source, line: lineNumber, reason: Self.explain(error))
            }
        }
        guard !stories.isEmpty else {
            throw .empty(path: source)
        }
        return StoryCorpus(stories: stories)
    }

    /// Creates a corpus from stories already in memory; `stories` must not be empty.
    init(stories: [Story]) {
        self.stories = stories
        let sizes = stories.map(\.markdown.utf8.count)
        totalBytes = sizes.reduce(0, +)
        smallestStoryBytes = sizes.min() ?? 0
        largestStoryBytes = sizes.max() ?? 0
    }

    /// Turns a decoding failure into a sentence naming the field at fault.
    private static func explain(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _):
            return "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let field = context.codingPath.last?.stringValue ?? "story"
            return "field \"\(field)\" is not a string"
        case DecodingError.dataCorrupted:
            return "not a valid JSON object"
        default:
            return String(describing: error)
        }
    }
}

/// The two fields of a `stories.jsonl` line that the benchmark needs; the others are ignored.
private struct StoryRecord: Decodable {
    let id: String
    let markdown: String

    enum CodingKeys: String, CodingKey {
        case id
        case markdown = "body_md"
    }
}
