import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

/// Feeds the parsers files stitched together from format fragments and junk, to show that whatever the bytes, they
/// either return well-formed cues or report problems on lines that exist.
@Suite("Hostile input")
struct HostileInputTests {
    /// A small deterministic generator (a 64-bit linear congruential generator), so failures can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static let fragments: [[UInt8]] =
        [
            "WEBVTT", "\n", "\r\n", "\r", "\n\n", "00:00:01.000", "00:01,500", " --> ", "-->", "1", "42", "[00:00:05]",
            "[1:2:3]", "<v Ann>", "<v.x", "</v>", "<b>", "<", ">", "&amp;", "&#x1F600;", "&#", "&", "NOTE", "STYLE",
            "Interviewer: ", "DR SMITH:", "Note: 10:30", " ", "\t", "text", "99:99:99.999", "\u{FEFF}", "é", "\u{0}",
            "0:00:01.000,0:00:02.000", ",", ">> ",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0xEF, 0xBB, 0xBF]]

    static func randomFile(_ generator: inout Generator) -> Data {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0..<60, using: &generator) {
            bytes.append(contentsOf: fragments.randomElement(using: &generator) ?? [])
        }
        return Data(bytes)
    }

    static func lineCount(_ data: Data) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for byte in data {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }

    static func check(_ data: Data, _ parse: (Data) throws(TranscriptParseError) -> [TranscriptCue]) -> Bool {
        do {
            let cues = try parse(data)
            // A file with no cues is an empty transcript, so `cues` may be empty; whatever is kept must be sound
            // and sorted.
            return cues.allSatisfy { $0.endMs > $0.startMs && !$0.text.isEmpty }
                && zip(cues, cues.dropFirst()).allSatisfy { $0.startMs <= $1.startMs }
        } catch {
            let lines = lineCount(data)
            return !error.problems.isEmpty && error.problems.allSatisfy { (1...lines).contains($0.line) }
        }
    }

    @Test func parsersReturnValidCuesOrProblemsOnRealLines() {
        var generator = Generator(state: 2024)
        var failures: [String] = []
        for round in 0..<1500 {
            let data = Self.randomFile(&generator)
            _ = TranscriptFormat.detect(data: data, fileName: "x.vtt")
            if !Self.check(data, { (data) throws(TranscriptParseError) in try WebVTTParser().parse(data) }) {
                failures.append("WebVTT round \(round)")
            }
            if !Self.check(data, { (data) throws(TranscriptParseError) in try SRTParser().parse(data) }) {
                failures.append("SRT round \(round)")
            }
            if !Self.check(data, { (data) throws(TranscriptParseError) in try TimestampedTextParser().parse(data) }) {
                failures.append("timestamped text round \(round)")
            }
            if !Self.check(data, { (data) throws(TranscriptParseError) in try SBVParser().parse(data) }) {
                failures.append("SBV round \(round)")
            }
            do {
                _ = try DetectedTranscript(reading: data, fileName: nil)
            } catch {
                if error.parseError.problems.isEmpty {
                    failures.append("detection round \(round) refused without a problem")
                }
            }
        }
        #expect(failures == [])
    }
}
