import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("SBV parser")
struct SBVParserTests {
    let parser = SBVParser()

    private func problemList(_ file: String) -> [TranscriptProblem]? {
        problems { () throws(TranscriptParseError) in try parser.parse(fileData(file)) }
    }

    @Test func readsBlocksOfTimingAndText() throws {
        let file =
            "0:00:01.000,0:00:04.000\nInterviewer: What changed?\n\n0:00:04.500,0:00:09.250\nWe met weekly,\nthen daily.\n"
        #expect(
            try parser.parse(fileData(file)) == [
                cue(1000, 4000, "Interviewer", "What changed?"), cue(4500, 9250, nil, "We met weekly,\nthen daily."),
            ])
    }

    @Test func dropsTheChangeOfSpeakerMark() throws {
        let file = "0:00:01.000,0:00:02.000\n>> So it began.\n\n0:00:02.000,0:00:03.000\n>>MAYOR: Welcome.\n"
        #expect(
            try parser.parse(fileData(file)) == [
                cue(1000, 2000, nil, "So it began."), cue(2000, 3000, "MAYOR", "Welcome."),
            ]
        )
    }

    @Test(arguments: [
        (
            "0:00:01.000 0:00:02.000",
            "expected ',' right after the start time (timing lines look like '0:00:01.000,0:00:04.000')"
        ),
        (
            "0:00:01,000,0:00:02.000",
            "cannot read the start time: expected '.' and three digits of milliseconds after the seconds"
        ),
        ("0:0:01.000,0:00:02.000", "cannot read the start time: minutes must be two digits, found '0'"),
        ("0:00:01.000,0:00:02.5", "cannot read the end time: milliseconds must be exactly three digits, found '5'"),
        ("0:00:01.000,0:00:02.000 extra", "unexpected text right after the end time"),
        ("Hello there", "expected a timing line such as '0:00:01.000,0:00:04.000' to start the cue"),
        ("0:00:05.000,0:00:04.000", "the end time 00:00:04.000 is not after the start time 00:00:05.000"),
    ])
    func reportsBrokenTimingLines(timing: String, message: String) throws {
        let found = try #require(problemList("0:00:00.000,0:00:00.500\nFine\n\n\(timing)\nText\n"))
        #expect(found == [TranscriptProblem(line: 4, message: message)])
    }

    @Test func notesEmptyAndOutOfOrderCues() throws {
        let file = "0:00:05.000,0:00:06.000\nLater\n\n0:00:01.000,0:00:02.000\n\n0:00:02.000,0:00:03.000\nEarlier\n"
        let reading = try parser.read(fileData(file))
        #expect(reading.cues == [cue(2000, 3000, nil, "Earlier"), cue(5000, 6000, nil, "Later")])
        #expect(
            reading.notes.map(\.description) == [
                "line 4: this cue has no text; it was skipped",
                "line 6: this cue starts at 00:00:02.000, before the cue on line 1, which starts at 00:00:05.000; "
                    + "the cues were sorted by start time",
            ])
        #expect(
            try parser.read(fileData("")).notes.map(\.message) == ["the file has no cues, so the transcript is empty"])
    }

    @Test func reportsInvalidUTF8() throws {
        var data = fileData("0:00:01.000,0:00:02.000\nGood\n\n0:00:03.000,0:00:04.000\nBad ")
        data.append(contentsOf: [0xC3, 0x28, 0x0A])
        let found = try #require(problems { () throws(TranscriptParseError) in try parser.parse(data) })
        #expect(found.map(\.line) == [5])
        #expect(found.first?.message.contains("UTF-8") == true)
    }
}
