import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("WebVTT parser: malformed files")
struct WebVTTProblemTests {
    let parser = WebVTTParser()

    private func problemLines(_ file: String) -> [Int]? {
        problems { () throws(TranscriptParseError) in try parser.parse(fileData(file)) }?.map(\.line)
    }

    private func problemList(_ data: Data) -> [TranscriptProblem]? {
        problems { () throws(TranscriptParseError) in try parser.parse(data) }
    }

    @Test(arguments: [
        ("00:61:00.000 --> 00:62:00.000", "minutes must be 00–59, found 61"),
        ("00:00:61.000 --> 00:01:02.000", "seconds must be 00–59, found 61"),
        ("1:2:3 --> 00:00:04.000", "minutes must be two digits, found '2'"),
        ("00:00:01.5 --> 00:00:04.000", "milliseconds must be exactly three digits, found '5'"),
        ("00:00:01.0000 --> 00:00:04.000", "milliseconds must be exactly three digits, found '0000'"),
        ("00:00:01 --> 00:00:04.000", "expected '.' and three digits of milliseconds after the seconds"),
        ("00:00:01,000 --> 00:00:04,000", "expected '.' and three digits of milliseconds after the seconds"),
        ("00:00:01.000 --> ", "expected a time such as 00:01:02.000"),
        ("00:00:01.000 -- > --> 00:00:04.000", "expected '-->' right after the start time"),
        ("1234567890:00:00.000 --> 1234567891:00:00.000", "the hours value 1234567890 is too large"),
    ])
    func reportsBrokenTimestamps(timing: String, reason: String) throws {
        let file = "WEBVTT\n\n\(timing)\nText\n"
        let found = try #require(problemList(fileData(file)))
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.hasSuffix(reason) == true)
    }

    @Test func reportsTimingLineWithoutArrow() throws {
        let file = "WEBVTT\n\n1\n00:00:01.000 00:00:02.000\nText\n\n00:00:03.000 --> 00:00:04.000\nFine\n"
        let found = try #require(problemList(fileData(file)))
        #expect(found.map(\.line) == [4])
        #expect(found.first?.message.contains("no '-->'") == true)
    }

    @Test func reportsBlocksThatAreNotCues() throws {
        let file = "WEBVTT\n\nStray words\nmore words\n\n00:00:03.000 --> 00:00:04.000\nFine\n"
        let found = try #require(problemList(fileData(file)))
        #expect(found.map(\.line) == [3])
        #expect(found.first?.message.contains("not a cue") == true)
    }

    @Test func reportsEndNotAfterStart() throws {
        // A cue that ends when it starts is kept, lasting 1 ms (see TranscriptLeniencyTests); one that ends before
        // it starts is refused.
        let file = "WEBVTT\n\n00:00:05.000 --> 00:00:05.000\nSame\n\n00:00:07.000 --> 00:00:06.000\nBackwards\n"
        let found = try #require(problemList(fileData(file)))
        #expect(found.map(\.line) == [6])
        #expect(found.first?.message == "the end time 00:00:06.000 is not after the start time 00:00:07.000")
    }

    @Test func reportsEmptyFile() throws {
        // A file with a header and no cues is an empty transcript (see TranscriptLeniencyTests); one with no
        // signature either is not WebVTT.
        let empty = try #require(problemList(Data()))
        #expect(empty.count == 1)
        #expect(empty.first?.message.contains("empty") == true)
    }

    @Test func reportsMissingSignature() throws {
        let found = try #require(problemList(fileData("WEBVT\n\n00:01.000 --> 00:02.000\nHi\n")))
        #expect(found.map(\.line) == [1])
        #expect(found.first?.message.contains("WEBVTT") == true)
        // Lower case, a signature glued to text and a file that starts with a cue are all refused.
        #expect(problemLines("webvtt\n\n00:01.000 --> 00:02.000\nHi\n") == [1])
        #expect(problemLines("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi\n") == [1])
        #expect(problemLines("00:01.000 --> 00:02.000\nHi\n\n00:03.000 --> 00:01.000\nBad\n") == [1, 4])
    }

    @Test func reportsInvalidUTF8OnItsLine() throws {
        var data = fileData("WEBVTT\n\n00:01.000 --> 00:02.000\nGood\n\n00:03.000 --> 00:04.000\nBad ")
        data.append(contentsOf: [0xC3, 0x28])
        data.append(fileData(" byte\n"))
        let found = try #require(problemList(data))
        #expect(found.map(\.line) == [7])
        #expect(found.first?.message.contains("UTF-8") == true)
        #expect(found.first?.message.contains("byte offset 66") == true)

        let first = try #require(problemList(Data([0xFF, 0xFE, 0x57, 0x00])))
        #expect(first.first?.line == 1)
        #expect(first.first?.message.contains("UTF-8") == true)
    }

    @Test func reportsEveryProblemInOneError() throws {
        var data = fileData(
            """
            WEBVT

            00:00:05.000 --> 00:00:06.000
            Fine

            00:61:00.000 --> 01:02:00.000
            Broken minutes

            00:00:07.000 --> 00:00:07.000
            Zero length

            00:00:01.000 --> 00:00:02.000
            Out of order

            00:00:08.000 --> 00:00:09.000

            00:00:10.000 00:00:11.000
            No arrow

            00:00:12.000 --> 00:00:13.000
            Bad \u{0}
            """
        )
        // Replace the NUL written above with a byte that is not UTF-8.
        if let nul = data.firstIndex(of: 0) {
            data[nul] = 0xFF
        }
        let found = try #require(problemList(data))
        // The cue lasting no time (line 9) is kept, the one out of order (line 12) sorted and the one without text
        // (line 15) skipped, each with a note.
        #expect(found.map(\.line) == [1, 6, 17, 21])
        let error = TranscriptParseError(problems: found)
        #expect(
            error.description.split(separator: "\n").first == "line 1: a WebVTT file must start with the line 'WEBVTT'")
    }

    @Test func stopsAfterTheMaximumNumberOfProblems() throws {
        var file = "WEBVTT\n\n"
        for _ in 0..<1500 {
            file += "00:99.000 --> 00:01.000\nx\n\n"
        }
        let found = try #require(problemList(fileData(file)))
        #expect(found.count == TranscriptParseError.maximumProblemCount + 1)
        #expect(found.last?.message == "stopped reading after 1000 problems")
    }
}
