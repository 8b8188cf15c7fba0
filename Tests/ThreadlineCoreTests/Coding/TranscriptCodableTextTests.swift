import Testing
import ThreadlineCore

@Suite("A transcript's codable text")
struct TranscriptCodableTextTests {
    @Test("cues are joined by line breaks; each cue's range counts scalars, even when a cue starts with an accent")
    func cueRanges() {
        // The second cue starts with a combining accent, which joins the line break before it into one character:
        // positions must still count it as a scalar of its own cue.
        let text = CodableText(cues: [
            TranscriptCue(startMs: 0, endMs: 1_000, speaker: "Asha", text: "We met 👋🏽"),
            TranscriptCue(startMs: 1_000, endMs: 2_500, text: "\u{301}then trust"),
            TranscriptCue(startMs: 2_500, endMs: 4_000, text: ""),
            TranscriptCue(startMs: 4_000, endMs: 5_000, text: "held"),
        ])
        #expect(text.text == "We met 👋🏽\n\u{301}then trust\n\nheld")
        #expect(text.length == 27)
        #expect(text.cueRanges.map { [$0.start, $0.end] } == [[0, 9], [10, 21], [22, 22], [23, 27]])
        #expect(text.blocks.map { [$0.start, $0.end] } == [[0, 9], [10, 21], [22, 22], [23, 27]])
        #expect(text.excerpt(start: 11, end: 15) == "then")
        #expect(text.excerpt(start: 23, end: 27) == "held")
        #expect(text.timeRange(start: 11, end: 24)?.startMs == 1_000)
        #expect(text.timeRange(start: 11, end: 24)?.endMs == 5_000)
    }
}
