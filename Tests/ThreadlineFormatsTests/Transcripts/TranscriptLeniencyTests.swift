import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

/// Where the W3C WebVTT parser is lenient, every parser is: it reads the file and says in a note what it changed.
@Suite("Transcript parsers: leniency, with notes")
struct TranscriptLeniencyTests {
    @Test("WebVTT: lines of spaces between cues separate them, and the identifier after one is not text")
    func webVTTSpaceOnlyLines() throws {
        let file =
            "WEBVTT\n \n1\n00:01.000 --> 00:02.000\nOne\n   \n2\n00:03.000 --> 00:04.000\nTwo\n\t\n00:05.000 --> 00:06.000\nThree\n"
        let reading = try WebVTTParser().read(fileData(file))
        #expect(
            reading.cues == [cue(1000, 2000, nil, "One"), cue(3000, 4000, nil, "Two"), cue(5000, 6000, nil, "Three")])
        #expect(reading.notes.isEmpty)
    }

    @Test("WebVTT: a line of spaces followed by more text stays inside the cue, as the W3C parser reads it")
    func webVTTSpaceOnlyLineInsideText() throws {
        let file = "WEBVTT\n\n00:01.000 --> 00:02.000\nFirst\n  \nsecond\n\n00:03.000 --> 00:04.000\nNext\n"
        let reading = try WebVTTParser().read(fileData(file))
        #expect(reading.cues == [cue(1000, 2000, nil, "First\n\nsecond"), cue(3000, 4000, nil, "Next")])
        // A NOTE after a line of spaces is a comment block, not words of the cue.
        let note =
            "WEBVTT\n\n00:01.000 --> 00:02.000\nSaid\n \nNOTE editor's comment\n\n00:03.000 --> 00:04.000\nNext\n"
        #expect(
            try WebVTTParser().parse(fileData(note)) == [cue(1000, 2000, nil, "Said"), cue(3000, 4000, nil, "Next")])
    }

    @Test("WebVTT: a header with no cues is an empty transcript, said in a note")
    func webVTTHeaderOnly() throws {
        for file in ["WEBVTT", "WEBVTT\n\n", "WEBVTT - Untitled\nKind: captions\n\nNOTE nothing was said\n"] {
            let reading = try WebVTTParser().read(fileData(file))
            #expect(reading.cues.isEmpty)
            #expect(reading.isEmpty)
            #expect(
                reading.notes == [
                    TranscriptNote(
                        line: 1, message: "the file has a WEBVTT header but no cues, so the transcript is empty")
                ])
        }
        let textless = try WebVTTParser().read(fileData("WEBVTT\n\n00:01.000 --> 00:02.000\n"))
        #expect(
            textless.notes.map(\.description) == [
                "line 1: none of the file's cues has text, so the transcript is empty",
                "line 3: this cue has no text; it was skipped",
            ])
    }

    @Test("WebVTT: cues without text are skipped, each with a note on its timing line")
    func webVTTCuesWithoutText() throws {
        let file =
            "WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:03.000 --> 00:04.000\n<b></b>\n\n00:05.000 --> 00:06.000\nOK\n"
        let reading = try WebVTTParser().read(fileData(file))
        #expect(reading.cues == [cue(5000, 6000, nil, "OK")])
        #expect(
            reading.notes == [
                TranscriptNote(line: 3, message: "this cue has no text; it was skipped"),
                TranscriptNote(line: 5, message: "this cue has no text; it was skipped"),
            ])
        #expect(reading.notes[0].description == "line 3: this cue has no text; it was skipped")
    }

    @Test("WebVTT: cues out of order are sorted by start time, stably, with a note naming both lines")
    func webVTTOutOfOrder() throws {
        let file = """
            WEBVTT

            00:00:05.000 --> 00:00:06.000
            A

            00:00:04.000 --> 00:00:07.000
            B

            00:00:05.000 --> 00:00:05.500
            C
            """
        let reading = try WebVTTParser().read(fileData(file))
        #expect(reading.cues == [cue(4000, 7000, nil, "B"), cue(5000, 6000, nil, "A"), cue(5000, 5500, nil, "C")])
        #expect(
            reading.notes.map(\.description) == [
                "line 6: this cue starts at 00:00:04.000, before the cue on line 3, which starts at 00:00:05.000; "
                    + "the cues were sorted by start time"
            ])
        #expect(try WebVTTParser().parse(fileData(file)) == reading.cues)
    }

    @Test("SRT: a cue without text is skipped and cues out of order sorted, with notes; a blank file is empty")
    func srt() throws {
        let file =
            "1\n00:00:05,000 --> 00:00:06,000\nA\n\n2\n00:00:01,000 --> 00:00:02,000\n\n3\n00:00:02,000 --> 00:00:03,000\nB\n"
        let reading = try SRTParser().read(fileData(file))
        #expect(reading.cues == [cue(2000, 3000, nil, "B"), cue(5000, 6000, nil, "A")])
        #expect(
            reading.notes.map(\.description) == [
                "line 6: this cue has no text; it was skipped",
                "line 9: this cue starts at 00:00:02,000, before the cue on line 2, which starts at 00:00:05,000; "
                    + "the cues were sorted by start time",
            ])
        let blank = try SRTParser().read(fileData("\r\n  \r\n"))
        #expect(blank.cues.isEmpty)
        #expect(blank.notes.map(\.description) == ["line 1: the file has no cues, so the transcript is empty"])
    }

    @Test("Timestamped text: stamps are sorted before cues are ended, and a bare stamp ends the cue before it")
    func timestampedText() throws {
        let file = "[00:00:10] Later\n[00:00:02] Earlier\n[00:00:06]\n[00:00:20] Last\n"
        let reading = try TimestampedTextParser().read(fileData(file), totalDurationMs: 30_000)
        #expect(
            reading.cues == [
                cue(2000, 6000, nil, "Earlier"), cue(10_000, 20_000, nil, "Later"), cue(20_000, 30_000, nil, "Last"),
            ])
        #expect(
            reading.notes.map(\.description) == [
                "line 2: this timestamp (00:00:02.000) is earlier than the one on line 1 (00:00:10.000); "
                    + "the cues were sorted by time",
                "line 3: this timestamp has no text after it; it ends the cue before it, and no cue was made from it",
            ])
        // A bare stamp at the end ends the last cue, which then needs no estimated length; one at the start is
        // simply skipped.
        let ends = try TimestampedTextParser().read(fileData("[00:00:01]\n[00:00:03] Words\n[00:00:07]\n"))
        #expect(ends.cues == [cue(3000, 7000, nil, "Words")])
        #expect(
            ends.notes.map(\.description) == [
                "line 1: this timestamp has no text after it; it was skipped",
                "line 3: this timestamp has no text after it; it ends the cue before it, and no cue was made from it",
            ])
        let blank = try TimestampedTextParser().read(fileData("\n\n"))
        #expect(blank.cues.isEmpty)
        #expect(blank.notes.first?.message.contains("transcript is empty") == true)
    }

    @Test("WebVTT, SRT and SBV: a cue that ends when it starts is kept, lasting 1 ms, with a note")
    func instantCues() throws {
        let vtt = try WebVTTParser().read(fileData("WEBVTT\n\n120:00:00.000 --> 120:00:00.000\nText\n"))
        #expect(vtt.cues == [cue(432_000_000, 432_000_001, nil, "Text")])
        #expect(
            vtt.notes.map(\.description) == [
                "line 3: this cue ends when it starts (120:00:00.000); it was kept, lasting 1 ms"
            ])
        let srt = try SRTParser().read(fileData("1\n00:00:02,000 --> 00:00:02,000\nNow\n"))
        #expect(srt.cues == [cue(2000, 2001, nil, "Now")])
        let sbv = try SBVParser().read(fileData("0:00:02.000,0:00:02.000\nNow\n"))
        #expect(sbv.cues == [cue(2000, 2001, nil, "Now")])
    }

    @Test("WebVTT: minutes of other than two digits are read as minutes, as vtt.js reads them, up to 59")
    func oddMinutes() throws {
        let file = "WEBVTT\n\n000:01.000 --> 0:02.500\nEarly\n\n59:00.000 --> 059:10.000\nLate\n"
        let reading = try WebVTTParser().read(fileData(file))
        #expect(reading.cues == [cue(1000, 2500, nil, "Early"), cue(3_540_000, 3_550_000, nil, "Late")])
        // Over 59, two fields could be hours and minutes (vtt.js) or minutes and seconds: refused by line.
        let found = problems { () throws(TranscriptParseError) in
            try WebVTTParser().parse(fileData("WEBVTT\n\n120:00.000 --> 120:10.000\nText\n"))
        }
        #expect(found?.map(\.line) == [3])
    }

    @Test("WebVTT: a header setting holding '-->' is header, but a broken timing line there is still reported")
    func arrowsInTheHeader() throws {
        let file = "WEBVTT\nRegion: id=fred-->\n\n00:00.000 --> 00:02.000 region:fred-->\nText\n"
        #expect(try WebVTTParser().parse(fileData(file)) == [cue(0, 2000, nil, "Text")])
        let broken = "WEBVTT\nx0:01.000 --> 00:02.000\nText\n"
        let found = problems { () throws(TranscriptParseError) in try WebVTTParser().parse(fileData(broken)) }
        #expect(found?.map(\.line) == [2])
    }

    @Test("WebVTT: only files with YouTube's timed words lose repeated lines; elsewhere a repeat is testimony")
    func repeatsAreDroppedOnlyInRollingCaptions() throws {
        let plain = "WEBVTT\n\n00:01.000 --> 00:02.000\nYes.\n\n00:02.000 --> 00:03.000\nYes.\nI agree.\n"
        #expect(
            try WebVTTParser().parse(fileData(plain)) == [
                cue(1000, 2000, nil, "Yes."), cue(2000, 3000, nil, "Yes.\nI agree."),
            ])
        let rolling =
            "WEBVTT\n\n00:01.000 --> 00:02.000\nYes<00:01.500><c> indeed</c>\n\n"
            + "00:02.000 --> 00:03.000\nYes indeed\nand<00:02.400><c> more</c>\n\n"
            + "00:03.000 --> 00:04.000\nThen<00:03.400><c> again</c>\nYes indeed\n"
        let reading = try WebVTTParser().read(fileData(rolling))
        // A line repeated after new words, not at the start of the next cue, is kept: only rolling repeats go.
        #expect(
            reading.cues == [
                cue(1000, 2000, nil, "Yes indeed"), cue(2000, 3000, nil, "and more"),
                cue(3000, 4000, nil, "Then again\nYes indeed"),
            ])
        #expect(reading.notes.count == 1)
    }

    @Test("Genuine problems are still refused with their lines, notes or not")
    func genuineProblemsStillRefuse() {
        // Out of order (a note) and a cue that ends before it starts (a problem) in one file: refused for the second.
        let file = "WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:04.000 --> 00:03.000\nB\n"
        let found = problems { () throws(TranscriptParseError) in try WebVTTParser().parse(fileData(file)) }
        #expect(found?.map(\.line) == [6])
        #expect(found?.first?.message == "the end time 00:00:03.000 is not after the start time 00:00:04.000")
    }

    @Test("Notes are bounded like problems on a hostile file")
    func notesAreBounded() throws {
        var file = "WEBVTT\n\n"
        for _ in 0..<1500 {
            file += "00:01.000 --> 00:02.000\n\n"
        }
        let reading = try WebVTTParser().read(fileData(file))
        #expect(reading.cues.isEmpty)
        // The empty-transcript note, 1,000 skipped cues, and one saying how many more were left out.
        #expect(reading.notes.count == TranscriptParseError.maximumProblemCount + 2)
        #expect(reading.notes.first?.message.contains("transcript is empty") == true)
        #expect(reading.notes.last?.message == "500 more notes were left out after this one")
    }
}
