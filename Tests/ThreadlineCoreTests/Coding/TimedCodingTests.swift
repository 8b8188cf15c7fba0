import Foundation
import Testing

@testable import ThreadlineCore

@Suite("Timed codings in Core: times read and written, stretches placed, queries")
struct TimedCodingTests {
    typealias F = QueryFixtures

    static let testimony = CodingSource(testimony: Testimony.ID(F.id(200)))

    static func timed(_ number: Int, code: Int, _ startMs: Int, _ endMs: Int, at position: Int = 0) -> Coding {
        Coding(
            id: Coding.ID(F.id(number)), codeID: F.codeID(code), source: testimony,
            coderID: Coder.ID(F.id(900)), start: position, end: position, startMs: startMs, endMs: endMs,
            createdAt: F.date)
    }

    @Test("times people write are read to the millisecond; others are refused")
    func readsTimes() {
        #expect(TimeSpanText.milliseconds(from: "1:12.4") == 72_400)
        #expect(TimeSpanText.milliseconds(from: " 01:12 ") == 72_000)
        #expect(TimeSpanText.milliseconds(from: "1:02:03.25") == 3_723_250)
        #expect(TimeSpanText.milliseconds(from: "72.4") == 72_400)
        #expect(TimeSpanText.milliseconds(from: "0") == 0)
        for bad in ["", "1:60", "1:2:3:4", "-5", "1:1x", "1.2.3", "1:12.4567", "abc", "61:00:00:00"] {
            #expect(TimeSpanText.milliseconds(from: bad) == nil, "\(bad)")
        }
        #expect(TimeSpanText.preciseClock(72_480) == "1:12.4")
        #expect(TimeSpanText.preciseClock(3_723_250) == "1:02:03.2")
        #expect(TimeSpanText.milliseconds(from: TimeSpanText.preciseClock(100_000)) == 100_000)
    }

    @Test("a stretch codes the transcript lines there, or itself where none is")
    func passageOfStretch() {
        let text = CodableText(cues: [
            TranscriptCue(startMs: 0, endMs: 4_000, text: "One."),
            TranscriptCue(startMs: 20_000, endMs: 24_000, text: "Two."),
        ])
        #expect(text.passage(startMs: 3_000, endMs: 21_000) == 0..<9)
        #expect(text.passage(startMs: 21_000, endMs: 22_000) == 5..<9)
        // Nothing said between the lines: an empty range where the next line starts.
        #expect(text.passage(startMs: 5_000, endMs: 15_000) == 5..<5)
        #expect(text.passage(startMs: 30_000, endMs: 40_000) == 9..<9)
        // Reversed times find no lines; the store refuses them.
        #expect(text.passage(startMs: 21_000, endMs: 3_000) == 9..<9)
        #expect(CodableText(cues: []).passage(startMs: 1_000, endMs: 2_000) == 0..<0)
    }

    @Test("recording problems name start_ms and end_ms")
    func recordingProblems() {
        #expect(Coding.recordingProblems(startMs: 1_000, endMs: 2_000, durationMs: 2_000).isEmpty)
        #expect(Coding.recordingProblems(startMs: 1_000, endMs: 2_000, durationMs: nil).isEmpty)
        #expect(Coding.recordingProblems(startMs: -1, endMs: 2_000, durationMs: nil).map(\.field) == ["start_ms"])
        #expect(Coding.recordingProblems(startMs: 2_000, endMs: 2_000, durationMs: nil).map(\.field) == ["end_ms"])
        #expect(Coding.recordingProblems(startMs: 1_000, endMs: 2_001, durationMs: 2_000).map(\.field) == ["end_ms"])
        #expect(Coding.recordingProblems(startMs: nil, endMs: 2_000, durationMs: nil).map(\.field) == ["start_ms"])
        #expect(Coding.recordingProblems(startMs: 1, endMs: nil, durationMs: nil).map(\.field) == ["end_ms"])
    }

    private func passages(_ expression: CodingQueryExpression, _ codings: [Coding]) -> [QueryPassage] {
        let scope = CodingQueryScope(
            texts: [Self.testimony: .init(length: 50, cueRanges: [0..<20, 21..<50])], codings: codings)
        return CodingQueryEvaluator(scope: scope).passages(matching: expression)
    }

    @Test("a code, or an OR of codes, lists its stretches, overlapping ones merged; AND, NOT and NEAR ignore them")
    func queries() {
        let trust = CodingQueryExpression.code(F.codeID(2))
        let leadership = CodingQueryExpression.code(F.codeID(3))
        let codings = [
            Self.timed(1, code: 2, 30_000, 40_000, at: 21), Self.timed(2, code: 3, 35_000, 50_000, at: 21),
            Self.timed(3, code: 2, 90_000, 95_000, at: 50), F.coding(4, code: 2, 0, 10, source: Self.testimony),
        ]
        let alone = passages(trust, codings)
        #expect(
            alone.map { [$0.start, $0.end, $0.startMs ?? -1, $0.endMs ?? -1] } == [
                [0, 10, -1, -1], [21, 21, 30_000, 40_000], [50, 50, 90_000, 95_000],
            ])
        #expect(alone[1].codingIDs == [Coding.ID(F.id(1))])
        let either = passages(.any([trust, leadership]), codings)
        #expect(either.compactMap(\.startMs) == [30_000, 90_000])
        #expect(either.compactMap(\.endMs) == [50_000, 95_000])
        #expect(either[1].codingIDs == [1, 2].map { Coding.ID(F.id($0)) })
        // Words only: the stretches overlap in time, but AND and NEAR work on words.
        #expect(passages(.all([trust, leadership]), codings).isEmpty)
        #expect(passages(.near(trust, leadership, within: .characters(100)), codings).isEmpty)
        #expect(passages(.not(leadership), codings).allSatisfy { $0.startMs == nil })
    }
}
