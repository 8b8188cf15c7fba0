import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Timestamped text parser")
struct TimestampedTextParserTests {
    let parser = TimestampedTextParser()

    private func problemList(_ file: String, totalDurationMs: Int? = nil) -> [TranscriptProblem]? {
        problems { () throws(TranscriptParseError) in
            try parser.parse(fileData(file), totalDurationMs: totalDurationMs)
        }
    }

    @Test func readsStampedLinesWithSpeakersAndContinuations() throws {
        let file = """
            [00:00:05] Interviewer: What changed?
            [00:00:09] Youth worker: We started meeting weekly.
            It made a difference.

            [laughter]
            [00:01:02.500] Thank you.
            """
        let cues = try parser.parse(fileData(file), totalDurationMs: 70_000)
        #expect(
            cues == [
                cue(5000, 9000, "Interviewer", "What changed?"),
                cue(9000, 62_500, "Youth worker", "We started meeting weekly.\nIt made a difference.\n[laughter]"),
                cue(62_500, 70_000, nil, "Thank you."),
            ]
        )
    }

    @Test func acceptsMinuteStampsHoursAndByteOrderMark() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(fileData("[01:30] One\r\n  [1:00:00,250] Two\r\n"))
        let cues = try parser.parse(data, totalDurationMs: 3_700_000)
        #expect(cues.map(\.startMs) == [90_000, 3_600_250])
        #expect(cues.map(\.endMs) == [3_600_250, 3_700_000])
    }

    @Test func estimatesTheLastCuesEnd() throws {
        let short = try parser.parse(fileData("[00:00:10] Hi"))
        #expect(short.first?.endMs == 11_000)
        let sentence = String(repeating: "a", count: 50)
        let medium = try parser.parse(fileData("[00:00:10] \(sentence)"))
        #expect(medium.first?.endMs == 10_000 + 50 * 60)
        let long = try parser.parse(fileData("[00:00:10] " + String(repeating: "word ", count: 1000)))
        #expect(long.first?.endMs == 70_000)
    }

    @Test func reportsTextBeforeTheFirstStamp() throws {
        let found = try #require(problemList("Interview with a youth worker\nRecorded in May\n[00:00:05] Hi\n"))
        #expect(found.map(\.line) == [1])
        #expect(found.first?.message.contains("before the first timestamp") == true)
    }

    @Test func reportsBrokenStamps() throws {
        let file = """
            [00:00:01] Fine
            [00:61:00] Bad minutes
            [1:2:3] Too short
            [00:00:05.12] Bad milliseconds
            [00:00:06 Missing bracket
            [00:00:07.000.000] Extra part
            [00:00:08] Fine again
            """
        let found = try #require(problemList(file))
        #expect(found.map(\.line) == [2, 3, 4, 5, 6])
        #expect(found[0].message == "cannot read the timestamp: minutes must be 00–59, found 61")
        #expect(found[3].message == "the timestamp has no closing ']'")
    }

    @Test func reportsSameTimesAndShortRecordings() throws {
        let file = """
            [00:00:05] A
            [00:00:05] Same time
            [00:00:03] Earlier
            [00:00:09]
            [00:00:10] Last
            """
        // Sorted, the stamps run 3, 5, 5, 9, 10: the two at 5 s are a problem, the one at 3 s was only out of order
        // and the bare one at 9 s is a pause (both noted, see TranscriptLeniencyTests).
        let found = try #require(problemList(file, totalDurationMs: 8000))
        #expect(found.map(\.line) == [1, 5])
        #expect(found[0].message.contains("same time as the next one (line 2)"))
        #expect(found[1].message.contains("the recording is 00:00:08.000 long"))
    }

    @Test func reportsFilesWithoutStampsAndInvalidUTF8() throws {
        // A blank file is an empty transcript, with a note; text without stamps is a problem.
        #expect(problemList("") == nil)
        #expect(problemList("[laughter]\n")?.map(\.line) == [1])
        var data = fileData("[00:00:01] ok\n[00:00:02] caf")
        data.append(contentsOf: [0xE9, 0x0A])
        let found = try #require(problems { () throws(TranscriptParseError) in try parser.parse(data) })
        #expect(found.map(\.line) == [2])
    }
}
