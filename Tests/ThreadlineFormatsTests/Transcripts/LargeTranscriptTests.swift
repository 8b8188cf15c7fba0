import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Large and hostile transcripts")
struct LargeTranscriptTests {
    static let cueCount = 100_000

    @Test func parsesAHundredThousandWebVTTCues() throws {
        var cues: [TranscriptCue] = []
        cues.reserveCapacity(Self.cueCount)
        for index in 0..<Self.cueCount {
            let speaker = index.isMultiple(of: 2) ? "Interviewer" : nil
            cues.append(cue(index * 2000, index * 2000 + 1500, speaker, "Line \(index) <i>of</i> testimony &amp; more"))
        }
        let file = WebVTTWriter().string(for: cues)
        #expect(try WebVTTParser().parse(fileData(file)).count == Self.cueCount)
    }

    @Test func parsesAHundredThousandSRTCues() throws {
        var file = ""
        for index in 0..<Self.cueCount {
            let start = TimeInterval(index * 2)
            file +=
                "\(index + 1)\n\(Self.srtTime(start)) --> \(Self.srtTime(start + 1.5))\nYouth worker: line \(index)\n\n"
        }
        #expect(try SRTParser().parse(fileData(file)).count == Self.cueCount)
    }

    @Test func parsesAHundredThousandSBVCuesInReverseOrder() throws {
        // Written last to first, so every cue after the first is out of order: sorting and its notes must stay
        // bounded and quick on a whole file of them.
        var file = ""
        for index in (0..<Self.cueCount).reversed() {
            let start = TimeInterval(index * 2)
            file += "\(Self.sbvTime(start)),\(Self.sbvTime(start + 1.5))\nLine \(index)\n\n"
        }
        let reading = try SBVParser().read(fileData(file))
        #expect(reading.cues.count == Self.cueCount)
        #expect(reading.cues.first?.text == "Line 0")
        #expect(reading.notes.count == TranscriptParseError.maximumProblemCount + 1)
    }

    @Test func parsesAHundredThousandStampedLines() throws {
        var file = ""
        for index in 0..<Self.cueCount {
            let seconds = index * 2
            let stamp = "\(seconds / 3600):\(Self.twoDigits(seconds / 60 % 60)):\(Self.twoDigits(seconds % 60))"
            file += "[\(stamp)] Line \(index)\n"
        }
        #expect(try TimestampedTextParser().parse(fileData(file)).count == Self.cueCount)
    }

    @Test func survivesHostileCueText() throws {
        let hostile =
            String(repeating: "<", count: 50_000) + String(repeating: "&#", count: 50_000)
            + String(repeating: "&#x99999999999999999999", count: 1000) + String(repeating: "<v ", count: 10_000)
        let file = "WEBVTT\n\n00:01.000 --> 00:02.000\nstart \(hostile)\n"
        let cues = try WebVTTParser().parse(fileData(file))
        #expect(cues.first?.text.hasPrefix("start") == true)
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nstart \(hostile)\n"
        #expect(try SRTParser().parse(fileData(srt)).first?.text.hasPrefix("start <<<") == true)
    }

    private static func srtTime(_ seconds: TimeInterval) -> String {
        let millis = Int(seconds * 1000)
        let hours = millis / 3_600_000
        return "\(twoDigits(hours)):\(twoDigits(millis / 60_000 % 60)):\(twoDigits(millis / 1000 % 60)),"
            + String(String(millis % 1000 + 1000).dropFirst())
    }

    private static func sbvTime(_ seconds: TimeInterval) -> String {
        let millis = Int(seconds * 1000)
        return "\(millis / 3_600_000):\(twoDigits(millis / 60_000 % 60)):\(twoDigits(millis / 1000 % 60))."
            + String(String(millis % 1000 + 1000).dropFirst())
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
