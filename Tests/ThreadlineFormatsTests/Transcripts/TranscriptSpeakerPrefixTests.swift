import Testing
import ThreadlineCore

@testable import ThreadlineFormats

@Suite("Speaker prefix heuristic")
struct TranscriptSpeakerPrefixTests {
    @Test(arguments: [
        ("Interviewer: What changed?", "Interviewer", "What changed?"),
        ("Youth worker: We met weekly.", "Youth worker", "We met weekly."),
        ("DR SMITH: It helped.", "DR SMITH", "It helped."),
        ("Mary-Jane O'Neil: Yes.", "Mary-Jane O'Neil", "Yes."),
        ("Dr. J. R. Smith:\tIndeed", "Dr. J. R. Smith", "Indeed"),
        ("Siân: Diolch", "Siân", "Diolch"),
        ("Interviewer:\nWhat changed?", "Interviewer", "What changed?"),
    ])
    func recognisesNames(line: String, speaker: String, text: String) throws {
        let split = try #require(TranscriptSpeakerPrefix.split(line))
        #expect(split.speaker == speaker)
        #expect(split.text == text)
    }

    @Test(arguments: [
        "Note: the time is 10:30",
        "At 10:30 we met",
        "the time is: 10:30",
        "Speaker 1: hello",
        "so the thing is: we listened",
        "One two three four five: too many words",
        "Https://example.org",
        "Interviewer:",
        "Interviewer: ",
        "No colon here",
        ": empty name",
        "First line\nSecond: line",
        "Tom & Jerry: hi",
        "<v Ann>Hi: there",
    ])
    func leavesOtherTextAlone(line: String) {
        #expect(TranscriptSpeakerPrefix.split(line) == nil)
    }

    @Test func refusesOverlongNames() {
        let long = String(repeating: "A", count: TranscriptSpeakerPrefix.maximumLength + 1)
        #expect(TranscriptSpeakerPrefix.split("\(long): hi") == nil)
        let fits = String(repeating: "A", count: TranscriptSpeakerPrefix.maximumLength)
        #expect(TranscriptSpeakerPrefix.split("\(fits): hi")?.speaker == fits)
    }
}
