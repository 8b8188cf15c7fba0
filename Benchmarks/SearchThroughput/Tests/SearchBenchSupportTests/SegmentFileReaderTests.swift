import Foundation
import SearchBenchSupport
import Testing

@Suite("Reading segments.jsonl one testimony at a time")
struct SegmentFileReaderTests {
    private func line(_ testimony: String, _ start: Int, _ text: String = "Hello there.") -> String {
        #"{"id": "seg", "testimony": "\#(testimony)", "speaker": "Ana Ito", "start_ms": \#(start), "#
            + #""end_ms": \#(start + 500), "text": "\#(text)"}"#
    }

    /// Writes `text` to a new temporary file and returns its path.
    private func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("segments-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func batches(_ path: String, limit: Int? = nil) throws -> [TestimonyBatch] {
        var reader = try SegmentFileReader(path: path, limit: limit)
        var result: [TestimonyBatch] = []
        while let batch = try reader.nextBatch() { result.append(batch) }
        return result
    }

    @Test("Consecutive segments of one testimony form one batch, with the line it starts on")
    func groups() throws {
        let path = try file([line("t-0", 0), line("t-0", 600), line("t-1", 0, "Bye.")].joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try batches(path)
        #expect(result.map(\.name) == ["t-0", "t-1"])
        #expect(result.map(\.segments.count) == [2, 1])
        #expect(result.map(\.firstLine) == [1, 3])
        #expect(
            result[1].segments[0]
                == CorpusSegment(
                    testimony: "t-1", speaker: "Ana Ito", startMs: 0, endMs: 500, text: "Bye."))
    }

    @Test("A last line without a newline is read; blank lines are skipped")
    func lastLine() throws {
        let path = try file(line("t-0", 0) + "\n\n" + line("t-0", 600))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try batches(path).map(\.segments.count) == [2])
    }

    @Test("The limit stops after that many segments, mid-testimony")
    func limit() throws {
        let path = try file([line("t-0", 0), line("t-0", 600), line("t-1", 0)].joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try batches(path, limit: 1).map(\.segments.count) == [1])
    }

    @Test(
        "A line that is not a segment fails with its line number",
        arguments: [
            ("{\"testimony\": \"t\"}", "speaker"),
            ("not json", "JSON"),
            (#"{"testimony": "t", "speaker": "s", "start_ms": "x", "end_ms": 1, "text": ""}"#, "start_ms"),
            (#"{"testimony": "t", "speaker": "s", "start_ms": 9, "end_ms": 1, "text": ""}"#, "span"),
            (#"{"testimony": "", "speaker": "s", "start_ms": 0, "end_ms": 1, "text": ""}"#, "empty"),
        ])
    func badLine(bad: String, mentions: String) throws {
        let path = try file(line("t-0", 0) + "\n" + bad + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try batches(path)
        } throws: { error in
            guard let error = error as? InputFileError else { return false }
            return error.line == 2 && error.reason.contains(mentions)
        }
    }

    @Test("A line longer than the limit fails instead of growing the buffer without end")
    func overlongLine() throws {
        let path = try file(
            line("t-0", 0) + "\n" + String(repeating: "x", count: SegmentFileReader.maximumLineBytes + 10))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try batches(path)
        } throws: { error in
            guard let error = error as? InputFileError else { return false }
            return error.line == 2 && error.reason.contains("longer than")
        }
    }

    @Test("A missing file is an error naming it")
    func missing() {
        #expect {
            _ = try SegmentFileReader(path: "/nonexistent/segments.jsonl")
        } throws: { error in
            (error as? InputFileError)?.path == "/nonexistent/segments.jsonl"
        }
    }
}
