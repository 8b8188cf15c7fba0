import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("SRT parser")
struct SRTParserTests {
    let parser = SRTParser()

    private func problemList(_ file: String) -> [TranscriptProblem]? {
        problems { () throws(TranscriptParseError) in try parser.parse(fileData(file)) }
    }

    @Test func readsNumberedBlocks() throws {
        let file = """
            1
            00:00:05,000 --> 00:00:09,000
            Interviewer: What changed?

            2
            00:00:09,000 --> 00:00:15,500
            Youth worker: We started
            meeting weekly.

            """
        let cues = try parser.parse(fileData(file))
        #expect(
            cues == [
                cue(5000, 9000, "Interviewer", "What changed?"),
                cue(9000, 15_500, "Youth worker", "We started\nmeeting weekly."),
            ]
        )
    }

    @Test func acceptsByteOrderMarkCRLFDotSeparatorAndCoordinates() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(fileData("1\r\n00:00:01.000 --> 00:00:02,500  X1:40 X2:600 Y1:20 Y2:50\r\nHello\r\n\r\n"))
        data.append(fileData("2\r\n01:00:00,000 --> 01:00:01,000\r\nBye\r\n"))
        let cues = try parser.parse(data)
        #expect(cues == [cue(1000, 2500, nil, "Hello"), cue(3_600_000, 3_601_000, nil, "Bye")])
    }

    @Test func allowsNumbersThatAreNotConsecutive() throws {
        let file = "7\n00:00:01,000 --> 00:00:02,000\nA\n\n3\n00:00:02,000 --> 00:00:03,000\nB\n"
        #expect(try parser.parse(fileData(file)).map(\.text) == ["A", "B"])
    }

    @Test func startsANewCueWhenTheBlankLineIsMissing() throws {
        let file = "1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:02,000 --> 00:00:03,000\nB\n"
        #expect(try parser.parse(fileData(file)).map(\.text) == ["A", "B"])
    }

    @Test func stripsBasicTagsAndKeepsOtherText() throws {
        let file = """
            1
            00:00:01,000 --> 00:00:02,000
            <i>Italic</i> <B>bold</B> <u>under</u> <font color="#ff0000">red</font>
            ages < 16 & <unknown> stays

            """
        let cues = try parser.parse(fileData(file))
        #expect(cues.first?.text == "Italic bold under red\nages < 16 & <unknown> stays")
    }

    @Test func readsSpeakersFromVoiceSpansAndPrefixes() throws {
        let file = """
            1
            00:00:01,000 --> 00:00:02,000
            <v.staff Youth   worker>Hello</v>

            2
            00:00:02,000 --> 00:00:03,000
            <i>DR SMITH:</i> Hi

            3
            00:00:03,000 --> 00:00:04,000
            At 10:30 we met

            """
        let cues = try parser.parse(fileData(file))
        #expect(cues.map(\.speaker) == ["Youth worker", "DR SMITH", nil])
        #expect(cues.map(\.text) == ["Hello", "Hi", "At 10:30 we met"])
    }

    @Test func reportsNumbersThatAreNotWholeNumbers() throws {
        let file = "1a\n00:00:01,000 --> 00:00:02,000\nA\n\n-2\n00:00:02,000 --> 00:00:03,000\nB\n"
        let found = try #require(problemList(file))
        #expect(found.map(\.line) == [1, 5])
        #expect(found.first?.message == "the cue number '1a' is not a whole number")
    }

    @Test func reportsMissingNumber() throws {
        let found = try #require(problemList("00:00:01,000 --> 00:00:02,000\nA\n"))
        #expect(found.map(\.line) == [1])
        #expect(found.first?.message.contains("no number") == true)
    }

    @Test func reportsBrokenTimings() throws {
        let file = """
            1
            00:61:00,000 --> 00:62:00,000
            Bad minutes

            2
            1:2:3 --> 00:00:04,000
            Too short

            3
            00:00:05,00 --> 00:00:06,000
            Bad milliseconds

            4
            00:00:07,000 00:00:08,000
            No arrow

            5
            00:00:09,000 --> 00:00:10,000x
            Glued text

            6
            00:01,000 --> 00:02,000
            No hours

            """
        let found = try #require(problemList(file))
        #expect(found.map(\.line) == [2, 6, 10, 14, 18, 22])
        #expect(found[0].message == "cannot read the start time: minutes must be 00–59, found 61")
        #expect(found[3].message.contains("no '-->'"))
    }

    @Test func reportsLengthButNotOrderOrMissingText() throws {
        let file = """
            1
            00:00:05,000 --> 00:00:04,000
            Backwards

            2
            00:00:01,000 --> 00:00:02,000
            Out of order

            3
            00:00:03,000 --> 00:00:04,000

            4
            00:00:05,000 --> 00:00:06,000
            Fine

            """
        // Only the backwards cue is a problem: the one out of order would be sorted and the one without text
        // skipped, each with a note (see TranscriptLeniencyTests).
        let found = try #require(problemList(file))
        #expect(found.map(\.line) == [2])
    }

    @Test func acceptsBlankFileButReportsStrayText() throws {
        // A blank file is an empty transcript, with a note; stray text is a problem.
        #expect(problemList("") == nil)
        #expect(problemList("\n \n") == nil)
        let stray = try #require(problemList("Just some words\n\n1\n00:00:01,000 --> 00:00:02,000\nA\n"))
        #expect(stray.map(\.line) == [1])
    }

    @Test func reportsInvalidUTF8() throws {
        var data = fileData("1\n00:00:01,000 --> 00:00:02,000\n")
        data.append(contentsOf: [0x80, 0x41, 0x0A])
        let found = try #require(problems { () throws(TranscriptParseError) in try parser.parse(data) })
        #expect(found.map(\.line) == [3])
    }
}
