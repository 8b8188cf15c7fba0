import Foundation

/// Reads `segments.jsonl` (one JSON object per line) a chunk at a time and hands out one testimony's consecutive
/// segments at a time, so a million segments never sit in memory at once.
///
/// Lines are bounded (``maximumLineBytes``) and so are testimonies (``maximumSegmentsPerTestimony``): a file
/// without newlines or with one testimony name throughout fails with its line number instead of filling memory.
public struct SegmentFileReader {
    /// The longest line accepted; generated lines are about 250 bytes.
    public static let maximumLineBytes = 1 << 20
    /// The most segments one testimony may have; the generator writes 300.
    public static let maximumSegmentsPerTestimony = 100_000
    private static let chunkBytes = 4 << 20

    private let path: String
    private let handle: FileHandle
    private let limit: Int?
    private let decoder = JSONDecoder()
    private var buffer: [UInt8] = []
    private var position = 0
    private var reachedEnd = false
    private var lineNumber = 0
    private var segmentsRead = 0
    private var pending: (segment: CorpusSegment, line: Int)?

    /// Opens the file at `path`; `limit` stops after that many segments (all of them when `nil`).
    ///
    /// - Throws: ``InputFileError`` when the file cannot be opened.
    public init(path: String, limit: Int? = nil) throws(InputFileError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputFileError(path: path, line: 0, reason: "the file cannot be opened for reading.")
        }
        self.path = path
        self.handle = handle
        self.limit = limit
    }

    /// How many segments have been handed out so far.
    public var segmentCount: Int { segmentsRead - (pending == nil ? 0 : 1) }

    /// The next testimony's segments, or `nil` at the end of the file (or of the limit).
    ///
    /// - Throws: ``InputFileError`` with the line number of a line that is not a segment.
    public mutating func nextBatch() throws(InputFileError) -> TestimonyBatch? {
        let first: (segment: CorpusSegment, line: Int)
        if let held = pending {
            first = held
            pending = nil
        } else if let next = try nextSegment() {
            first = next
        } else {
            return nil
        }
        var batch = TestimonyBatch(name: first.segment.testimony, segments: [first.segment], firstLine: first.line)
        while let next = try nextSegment() {
            guard next.segment.testimony == batch.name else {
                pending = next
                break
            }
            guard batch.segments.count < Self.maximumSegmentsPerTestimony else {
                throw InputFileError(
                    path: path, line: next.line,
                    reason: "the testimony \"\(batch.name)\" has more than \(Self.maximumSegmentsPerTestimony) "
                        + "segments in a row.")
            }
            batch.segments.append(next.segment)
        }
        return batch
    }

    private mutating func nextSegment() throws(InputFileError) -> (segment: CorpusSegment, line: Int)? {
        if let limit, segmentsRead >= limit { return nil }
        while let line = try nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            let segment = try decode(line)
            segmentsRead += 1
            return (segment, lineNumber)
        }
        return nil
    }

    private func decode(_ line: ArraySlice<UInt8>) throws(InputFileError) -> CorpusSegment {
        let segment: CorpusSegment
        do {
            segment = try decoder.decode(CorpusSegment.self, from: Data(line))
        } catch {
            throw InputFileError(path: path, line: lineNumber, reason: Self.explain(error))
        }
        guard segment.startMs >= 0, segment.endMs >= segment.startMs else {
            throw InputFileError(
                path: path, line: lineNumber,
                reason: "start_ms \(segment.startMs) and end_ms \(segment.endMs) are not a span of time.")
        }
        guard !segment.testimony.isEmpty else {
            throw InputFileError(path: path, line: lineNumber, reason: "the testimony field is empty.")
        }
        return segment
    }

    /// The next line without its newline, or `nil` at the end of the file.
    private mutating func nextLine() throws(InputFileError) -> ArraySlice<UInt8>? {
        var searchFrom = position
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line
            }
            if buffer.count - position > Self.maximumLineBytes {
                throw InputFileError(
                    path: path, line: lineNumber + 1,
                    reason: "the line is longer than \(Self.maximumLineBytes) bytes.")
            }
            if reachedEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
            buffer.removeSubrange(0..<position)
            position = 0
            searchFrom = buffer.count
            try readChunk()
        }
    }

    private mutating func readChunk() throws(InputFileError) {
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: Self.chunkBytes)
        } catch {
            throw InputFileError(path: path, line: lineNumber, reason: "reading failed: \(error)")
        }
        guard let chunk, !chunk.isEmpty else {
            reachedEnd = true
            return
        }
        buffer.append(contentsOf: chunk)
    }

    /// A short sentence for a decoding failure, naming the field when the decoder says which.
    private static func explain(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _):
            return "the field \"\(key.stringValue)\" is missing."
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "the field \"\(field)\" has the wrong type."
        case DecodingError.dataCorrupted:
            return "the line is not a JSON object."
        default:
            return "the line is not a segment (\(error))."
        }
    }
}
