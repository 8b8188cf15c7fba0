import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Transcript format detection")
struct TranscriptFormatDetectionTests {
    @Test func detectsFromContent() {
        let vtt = fileData("\u{FEFF}WEBVTT - title\n\n00:01.000 --> 00:02.000\nHi\n")
        #expect(TranscriptFormat.detect(content: vtt) == .webVTT)
        #expect(TranscriptFormat.detect(data: vtt, fileName: nil) == .webVTT)
        let srt = fileData("\n1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n")
        #expect(TranscriptFormat.detect(content: srt) == .srt)
        let stamped = fileData("Interview, May 2024\n\n[00:00:05] Interviewer: What changed?\n")
        #expect(TranscriptFormat.detect(content: stamped) == .timestampedText)
        #expect(TranscriptFormat.detect(content: fileData("[01:30] Hi")) == .timestampedText)
        #expect(TranscriptFormat.detect(content: fileData("0:00:01.000,0:00:04.000\nHi\n")) == .sbv)
        #expect(TranscriptFormat.detect(content: fileData("\u{FEFF}  12:00:01.000,12:00:04.500 \r\nHi")) == .sbv)
        // A comma inside an SRT timing line is not SBV, nor is a timing line with text after it.
        #expect(TranscriptFormat.detect(content: fileData("0:00:01.000,0:00:04.000 align\nHi\n")) == nil)
    }

    @Test func theExtensionDecidesFirst() {
        let srt = fileData("1\n00:00:01,000 --> 00:00:02,000\nHi\n")
        #expect(TranscriptFormat.detect(data: srt, fileName: "captions.vtt") == .webVTT)
        #expect(TranscriptFormat.detect(data: fileData("WEBVTT"), fileName: "notes.txt") == .timestampedText)
        #expect(TranscriptFormat.detect(data: fileData("WEBVTT"), fileName: "Talk.SBV") == .sbv)
        #expect(TranscriptFormat.detect(data: srt, fileName: "captions.docx") == .srt)
    }

    @Test func settlesABareTimingLineByItsSeparator() {
        #expect(TranscriptFormat.detect(content: fileData("00:00:01.000 --> 00:00:02.000\nHi\n")) == .webVTT)
        #expect(TranscriptFormat.detect(content: fileData("00:00:01,000 --> 00:00:02,000\nHi\n")) == .srt)
    }

    @Test func findsNothingInProseOrBlankFiles() {
        let unknown = fileData("Nothing recognisable here\n[laughter]\n")
        #expect(TranscriptFormat.detect(data: unknown, fileName: "talk.vtt") == .webVTT)
        #expect(TranscriptFormat.detect(data: unknown, fileName: "talk.sbv") == .sbv)
        #expect(TranscriptFormat.detect(data: unknown, fileName: "talk.docx") == nil)
        #expect(TranscriptFormat.detect(data: unknown, fileName: nil) == nil)
        #expect(TranscriptFormat.detect(data: Data(), fileName: "empty.srt") == .srt)
        #expect(TranscriptFormat.detect(data: Data(), fileName: nil) == nil)
    }

    @Test("A file that does not parse under its extension is read as its content says, with a note")
    func contentRescuesAWrongExtension() throws {
        let vtt = fileData("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n")
        let detected = try DetectedTranscript(reading: vtt, fileName: "interview.txt")
        #expect(detected.format == .webVTT)
        #expect(detected.reading.cues == [cue(1000, 2000, nil, "Hi")])
        #expect(
            detected.reading.notes.map(\.description) == [
                "line 1: the file's name says text with [hh:mm:ss] stamps, but it holds WebVTT, so it was read as WebVTT"
            ])
        // When the extension's format reads the file, it is used without a note, even if the content looks like
        // another format at first sight: a bare timing line with '.' looks like WebVTT, but SRT accepts '.' too.
        let numbered = fileData("1\n00:00:01.000 --> 00:00:02.000\nHi\n")
        let asSRT = try DetectedTranscript(reading: numbered, fileName: "a.srt")
        #expect(asSRT.format == .srt)
        #expect(asSRT.reading.notes.isEmpty)
    }

    @Test("When neither format parses, the content's problems are reported, with their lines")
    func reportsTheContentsProblems() {
        let broken = fileData("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n00:03.000 --> 00:61.000\nBad\n")
        #expect(throws: TranscriptDetectionError.self) {
            try DetectedTranscript(reading: broken, fileName: "interview.txt")
        }
        do {
            _ = try DetectedTranscript(reading: broken, fileName: "interview.txt")
        } catch {
            #expect(error.format == .webVTT)
            #expect(error.isRecognised)
            #expect(error.parseError.problems.map(\.line) == [6])
        }
    }

    @Test("An unrecognised file is refused with the line and problem of the parser that read furthest")
    func unrecognisedFilesStillNameALine() {
        // SRT reads this furthest: its first problem is on line 2, where the timing has no arrow. WebVTT's is on
        // line 1 (no signature).
        let mostlySRT = fileData("1\n00:00:01,000 - 00:00:02,000\nHi\n")
        do {
            let detected = try DetectedTranscript(reading: mostlySRT, fileName: nil)
            Issue.record("read as \(detected.format)")
        } catch {
            #expect(error.format == .srt)
            #expect(!error.isRecognised)
            #expect(error.parseError.problems.map(\.line) == [2])
            #expect(error.description.hasPrefix("not recognised as any transcript format; read as SRT, the closest:"))
        }
        // Prose has one problem, on line 1, for every parser; WebVTT is reported on the tie.
        do {
            let detected = try DetectedTranscript(reading: fileData("Dear diary,\ntoday we met.\n"), fileName: nil)
            Issue.record("read as \(detected.format)")
        } catch {
            #expect(error.format == .webVTT)
            #expect(error.parseError.problems.first?.line == 1)
        }
    }
}
