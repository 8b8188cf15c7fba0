import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Transcript format detection")
struct TranscriptFormatDetectionTests {
    @Test func detectsFromContent() {
        let vtt = fileData("\u{FEFF}WEBVTT - title\n\n00:01.000 --> 00:02.000\nHi\n")
        #expect(TranscriptFormat.detect(data: vtt, fileName: nil) == .webVTT)
        #expect(TranscriptFormat.detect(data: fileData("WEBVTT"), fileName: "notes.txt") == .webVTT)
        let srt = fileData("\n1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n")
        #expect(TranscriptFormat.detect(data: srt, fileName: "captions.vtt") == .srt)
        let stamped = fileData("Interview, May 2024\n\n[00:00:05] Interviewer: What changed?\n")
        #expect(TranscriptFormat.detect(data: stamped, fileName: "interview.srt") == .timestampedText)
        #expect(TranscriptFormat.detect(data: fileData("[01:30] Hi"), fileName: nil) == .timestampedText)
    }

    @Test func usesTheNameToSettleABareTimingLine() {
        let bare = fileData("00:00:01.000 --> 00:00:02.000\nHi\n")
        #expect(TranscriptFormat.detect(data: bare, fileName: "a.SRT") == .srt)
        #expect(TranscriptFormat.detect(data: bare, fileName: "a.vtt") == .webVTT)
        #expect(TranscriptFormat.detect(data: bare, fileName: nil) == .webVTT)
        let comma = fileData("00:00:01,000 --> 00:00:02,000\nHi\n")
        #expect(TranscriptFormat.detect(data: comma, fileName: "a.txt") == .srt)
    }

    @Test func fallsBackToTheName() {
        let unknown = fileData("Nothing recognisable here\n[laughter]\n")
        #expect(TranscriptFormat.detect(data: unknown, fileName: "talk.vtt") == .webVTT)
        #expect(TranscriptFormat.detect(data: unknown, fileName: "talk.srt") == .srt)
        #expect(TranscriptFormat.detect(data: unknown, fileName: "talk.txt") == .timestampedText)
        #expect(TranscriptFormat.detect(data: unknown, fileName: "talk.docx") == nil)
        #expect(TranscriptFormat.detect(data: unknown, fileName: nil) == nil)
        #expect(TranscriptFormat.detect(data: Data(), fileName: "empty.srt") == .srt)
        #expect(TranscriptFormat.detect(data: Data(), fileName: nil) == nil)
    }
}
